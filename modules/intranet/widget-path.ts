/** The widget's address without its language prefix (/widget, /sv/widget, /en/widget). */
export const WIDGET_PATH = '/widget';
