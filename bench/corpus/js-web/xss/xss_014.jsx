// Search term shown through JSX, which escapes it.
import React from 'react';

export default function SearchTerm() {
  const q = new URLSearchParams(window.location.search).get('q') || '';
  // ok: CWE-79
  return <div className="content">{'Results for ' + q}</div>;
}
