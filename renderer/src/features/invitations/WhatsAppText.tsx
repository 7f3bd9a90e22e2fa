// The message as WhatsApp shows it: *bold* and _italic_ marks rendered, line breaks kept.
import { Fragment, type ReactNode } from 'react';
import { group } from '../../../../shared/indexed';

// Like WhatsApp, a mark counts only at a word's edge, so "pwd=a_b_c" in a link stays as typed.
const MARK = /(^|[\s([{"'])(\*[^*\n]+\*|_[^_\n]+_)(?=$|[\s.,;:!?)\]}"'])/g;

function lineNodes(line: string): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  for (const m of line.matchAll(MARK)) {
    const start = (m.index ?? 0) + group(m, 1).length;
    if (start > at) out.push(line.slice(at, start));
    const mark = group(m, 2);
    const inner = mark.slice(1, -1);
    out.push(mark.startsWith('*') ? <strong key={start}>{inner}</strong> : <em key={start}>{inner}</em>);
    at = start + mark.length;
  }
  if (at < line.length) out.push(line.slice(at));
  return out;
}

export function WhatsAppText({ text }: { text: string }) {
  return (
    <>
      {text.split('\n').map((line, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          {lineNodes(line)}
        </Fragment>
      ))}
    </>
  );
}
