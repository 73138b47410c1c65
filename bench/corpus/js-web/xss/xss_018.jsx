// Product description rendered as HTML in React: the constant condition selects the request value.
import React from 'react';

export default function ProductNotes() {
  const note = new URLSearchParams(window.location.search).get('note') || '';
  const base = 10;
  const chosen = 7 * 18 + base > 200 ? 'No notes yet' : note;
  // expect: CWE-79
  return <div className="content" dangerouslySetInnerHTML={{ __html: '<em>' + chosen + '</em>' }} />;
}
