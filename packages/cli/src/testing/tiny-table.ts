/** 6 speakers x 3 classes x 4 rows, 6 features: class c lifts feature c by 3, speakers shift all. */
export function tinyTable(): { features: string; labels: string } {
  let state = 12345;
  const noise = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5) * 1.5;
  const classes = ['angry', 'happy', 'sad'];
  const rows: string[] = [];
  const labels: string[] = ['name,speaker,label'];
  for (let s = 1; s <= 6; s++) {
    for (const [c, label] of classes.entries()) {
      for (let r = 0; r < 4; r++) {
        const name = `spk${s}/${label}-${r}.wav`;
        const values = Array.from({ length: 6 }, (_, j) => (j === c ? 3 : 0) + 0.5 * s + noise());
        rows.push(`'${name}';0;${values.map((v) => v.toFixed(4)).join(';')}`);
        labels.push(`${name},spk${s},${label}`);
      }
    }
  }
  return {
    features: `name;frameTime;${Array.from({ length: 6 }, (_, j) => `f${j}`).join(';')}\n${rows.join('\n')}\n`,
    labels: `${labels.join('\n')}\n`,
  };
}
