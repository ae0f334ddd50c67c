import type { ReactNode } from 'react';
import './globals.css';

// The <html> element lives in app/[locale]/layout.tsx so that its lang attribute follows the
// language; this root only exists to hold the global styles and the not-found page below.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
