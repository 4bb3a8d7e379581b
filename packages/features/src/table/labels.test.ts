import { describe, expect, it } from 'vitest';
import { metaStrings } from '@emocode/core';
import { formatLabelsCsv, parseLabelsCsv } from './labels-csv.js';
import { joinLabels } from './join-labels.js';
import { parseOpensmileCsv } from './parse-opensmile-csv.js';

const features = parseOpensmileCsv("name;frameTime;f0;f1\n'a.wav';0;1;2\n'b.wav';0;3;4\n'c.wav';0;5;6\n");
const labels = 'name,speaker,label,session\nc.wav,s2,sad,S1\na.wav,s1,angry,S1\nb.wav,s1,sad,S2\n';

describe('parseLabelsCsv / formatLabelsCsv', () => {
  it('round-trips quoted cells', () => {
    const text = formatLabelsCsv({ name: ['x, "1".wav', 'y.wav'], speaker: ['s', 's'], label: ['a', 'b'] });
    expect(text).toBe('name,speaker,label\n"x, ""1"".wav",s,a\ny.wav,s,b\n');
    expect(parseLabelsCsv(text).values.name).toEqual(['x, "1".wav', 'y.wav']);
  });

  it('says which required column is missing and where rows are ragged or duplicated', () => {
    expect(() => parseLabelsCsv('name,label\na,b\n', 'l.csv')).toThrow(
      /l\.csv:1:1: the header must contain name, speaker and label, got "name,label" \(missing speaker\)/,
    );
    expect(() => parseLabelsCsv('name,speaker,label\na,s\n', 'l.csv')).toThrow(
      /l\.csv:2:1: ragged row: expected 3 cells like the header, got 2/,
    );
    expect(() => parseLabelsCsv('name,speaker,label\na,s,x\n\na,s,y\n', 'l.csv')).toThrow(
      /l\.csv:4:1: .*got "a" again \(first on line 2\)/,
    );
    expect(() => parseLabelsCsv('name,speaker,label\n"a,s,x\n', 'l.csv')).toThrow(/l\.csv:2:1: a quoted cell is never closed/);
  });

  it('refuses an empty label and reads a byte-order mark before the header as nothing', () => {
    expect(() => parseLabelsCsv('name,speaker,label\na.wav,s1,sad\nb.wav,s1,\n', 'l.csv')).toThrow(
      /l\.csv:3:3: labels must not be empty, got an empty label for "b\.wav"/,
    );
    const bom = parseLabelsCsv('\uFEFFname,speaker,label\na.wav,s1,sad\n', 'l.csv');
    expect(bom.columns).toEqual(['name', 'speaker', 'label']);
    expect(bom.values.name).toEqual(['a.wav']);
  });
});

describe('joinLabels', () => {
  it('joins by name in feature order and sets the chosen group column', () => {
    const t = joinLabels(features, parseLabelsCsv(labels), { group: 'session' });
    expect(metaStrings(t, 'name')).toEqual(['a.wav', 'b.wav', 'c.wav']);
    expect(metaStrings(t, 'label')).toEqual(['angry', 'sad', 'sad']);
    expect(metaStrings(t, 'speaker')).toEqual(['s1', 's1', 's2']);
    expect(metaStrings(t, 'group')).toEqual(['S1', 'S2', 'S1']);
    expect(Array.from(t.data)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('rejects labels outside the given classes, naming file, line and column', () => {
    expect(() => joinLabels(features, parseLabelsCsv(labels), { classes: ['angry', 'happy'], source: 'l.csv' })).toThrow(
      /l\.csv:2:3: label must be one of angry, happy, got "sad"/,
    );
  });

  it('reports unmatched names both ways with counts', () => {
    const other = parseLabelsCsv('name,speaker,label\na.wav,s,x\nz.wav,s,y\n');
    expect(() => joinLabels(features, other)).toThrow(
      /2 of 3 feature rows have no label row \(e\.g\. 'b\.wav', 'c\.wav'\); 1 of 2 label rows name no feature row \(e\.g\. 'z\.wav'\)/,
    );
  });

  it('drops unlabeled feature rows on request, and checks the group column', () => {
    const subset = parseLabelsCsv('name,speaker,label\nb.wav,s,x\n');
    expect(() => joinLabels(features, subset)).toThrow(/unlabeled: 'drop'/);
    const t = joinLabels(features, subset, { unlabeled: 'drop' });
    expect(t.rows).toBe(1);
    expect(Array.from(t.data)).toEqual([3, 4]);
    expect(() => joinLabels(features, subset, { group: 'actor' })).toThrow(
      /group must be a column of <labels>, got "actor"; it has name, speaker, label/,
    );
  });
});
