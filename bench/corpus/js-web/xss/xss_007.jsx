// Product description rendered as HTML in React: an allow-list check returns early.
import React from 'react';

const ALLOWED = ['new', 'sale'];

export default function ProductNotes() {
  const note = new URLSearchParams(window.location.search).get('note') || '';
  if (!ALLOWED.includes(note)) {
    return <p className="error">not allowed</p>;
  }
  // ok: CWE-79
  return <div className="content" dangerouslySetInnerHTML={{ __html: '<em>' + note + '</em>' }} />;
}
