// Product description rendered as HTML in React: the sink runs only for allow-listed values.
import React from 'react';

const PERMITTED = new Set(['new', 'sale']);

export default function ProductNotes() {
  const note = new URLSearchParams(window.location.search).get('note') || '';
  if (PERMITTED.has(note)) {
    // ok: CWE-79
    return <div className="content" dangerouslySetInnerHTML={{ __html: '<em>' + note + '</em>' }} />;
  } else {
    return <p className="error">unknown</p>;
  }
}
