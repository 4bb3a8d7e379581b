/**
 * Where RAVDESS speech comes from when it is found nowhere: the audio-only speech archive of
 * the official Zenodo record 1188976 (48 kHz, 16-bit; feature extraction resamples), and
 * its md5 as published on the record.
 */
export const RAVDESS_SOURCE = {
  url: 'https://zenodo.org/records/1188976/files/Audio_Speech_Actors_01-24.zip',
  md5: 'bc696df654c87fed845eb13823edef8a',
  record: 'https://zenodo.org/records/1188976',
  license: 'CC BY-NC-SA 4.0',
} as const;
