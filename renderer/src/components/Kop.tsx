// The letterhead drawn from its one description (shared/documents/kop.ts), for the print
// views and the Settings preview: logo on the left, the names centred, the rule beneath.
import type { Organisation } from '../../../shared/domain/settings';
import { KOP_LOGO_MM, KOP_RULE_PT, kopOf } from '../../../shared/domain/kop';

/** `scale` shrinks the kop for the Settings preview; 1 on the printed sheet. */
export function Kop({ organisation, scale = 1 }: { organisation: Organisation; scale?: number }) {
  const kop = kopOf(organisation);
  const logo = kop.logoDataUrl !== '';
  const column = `${KOP_LOGO_MM.column * scale}mm`;
  return (
    <div className="kop" data-testid="kop" style={{ paddingBottom: `${2 * scale}pt`, marginBottom: `${8 * scale}pt` }}>
      <div style={{ display: 'grid', gridTemplateColumns: logo ? `${column} 1fr ${column}` : '1fr', alignItems: 'center' }}>
        {logo && (
          <img
            src={kop.logoDataUrl}
            alt=""
            style={{ maxHeight: `${KOP_LOGO_MM.height * scale}mm`, maxWidth: `${KOP_LOGO_MM.maxWidth * scale}mm`, display: 'block' }}
          />
        )}
        <div style={{ textAlign: 'center' }}>
          {kop.lines.map((l) => (
            <p key={l.text} style={{ margin: 0, fontSize: `${l.sizePt * scale}pt`, fontWeight: l.bold ? 700 : 400, lineHeight: 1.2 }}>
              {l.text}
            </p>
          ))}
        </div>
        {logo && <span />}
      </div>
      <div
        aria-hidden
        style={{
          marginTop: `${3 * scale}pt`,
          borderTop: `${KOP_RULE_PT.thick * scale}pt solid #000`,
          borderBottom: `${KOP_RULE_PT.thin * scale}pt solid #000`,
          height: `${KOP_RULE_PT.gap * scale}pt`,
        }}
      />
    </div>
  );
}
