'use client';

import dynamic from 'next/dynamic';

// Pieces of the idea page that only some readers get (signed in: comment, reply, report, the
// comment menu). A client component imported straight into a server page is sent to every visitor
// of that page, rendered or not; through next/dynamic its code loads only where it is rendered
// (server-rendered as before, its script preloaded with the page). Decision 0040.

export const CommentForm = dynamic(() => import('./comment-form').then((module) => module.CommentForm));
export const CommentTools = dynamic(() => import('./comment-tools').then((module) => module.CommentTools));
export const FlagForm = dynamic(() => import('./flag-form').then((module) => module.FlagForm));
