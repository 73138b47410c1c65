// Product description rendered as HTML in React: the request value travels in an object.
import React from 'react';

export default function ProductNotes() {
  const note = new URLSearchParams(window.location.search).get('note') || '';
  const job = { target: note, attempts: 3 };
  // expect: CWE-79
  return <div className="content" dangerouslySetInnerHTML={{ __html: '<em>' + job.target + '</em>' }} />;
}
