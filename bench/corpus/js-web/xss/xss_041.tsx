// Product description rendered as HTML in React: DOMPurify cleans the note.
import React from 'react';
import DOMPurify from 'dompurify';

export default function ProductNotes() {
  const note = new URLSearchParams(window.location.search).get('note') || '';
  const clean = DOMPurify.sanitize(note);
  // ok: CWE-79
  return <div className="content" dangerouslySetInnerHTML={{ __html: '<em>' + clean + '</em>' }} />;
}
