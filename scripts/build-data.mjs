#!/usr/bin/env node
// Builds data/terms.json from the studio's glossary page (data/source/glossary-page.txt).
//
// The scrape lost most term names, so each paragraph's name and metadata come from the table
// below, in page order. The definitions themselves are never retyped: they are copied from the
// page (white space normalised), and each row's `check` must occur in its paragraph, so a
// shifted table fails loudly instead of naming the wrong definition.
//
// It also writes src/core/bundled-terms.ts, the same entries packed for the bundles
// (scripts/pack-terms.mjs).
//
// Usage: node scripts/build-data.mjs          writes data/terms.json and src/core/bundled-terms.ts
//        node scripts/build-data.mjs --check  exits 1 when either is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseGlossaryPage } from './parse-glossary-page.mjs';
import { packedModule } from './pack-terms.mjs';
import { compareEntries, indexLetter } from './core-rules.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const sourcePath = `${root}data/source/glossary-page.txt`;
const outPath = `${root}data/terms.json`;
const packedPath = `${root}src/core/bundled-terms.ts`;

/**
 * One row per paragraph of the page, in page order.
 * cta: the trailing call-to-action sentence, moved into `links` with `path`.
 * caseSensitive: a proper name that is also an ordinary word ("Resolve", "Nuke", "Premiere"):
 *   match it in running text only as written. Acronyms (ADR, LUT) are matched as written anyway.
 */
const TABLE = [
  // A
  {
    id: 'aces',
    term: 'ACES',
    expansion: 'Academy Color Encoding System',
    aliases: ['Academy Colour Encoding System', 'ACEScct', 'ACEScg'],
    category: 'color',
    seeAlso: ['color-space', 'davinci-resolve'],
    check: 'Academy of Motion Picture Arts',
    cta: { label: 'Learn more about color workflows in Korea', path: '/guides/color-workflows-korea' },
  },
  {
    id: 'adr',
    term: 'ADR',
    expansion: 'Automated Dialogue Replacement',
    aliases: ['Automated Dialog Replacement', 'Additional Dialogue Recording'],
    category: 'sound',
    seeAlso: ['dialogue-editing'],
    check: 're-recording dialogue',
  },
  { id: 'aaf', term: 'AAF', expansion: 'Advanced Authoring Format', aliases: [], category: 'formats', seeAlso: ['omf-aaf', 'edl', 'xml'], check: 'AAF files carry' },
  { id: 'aspera', term: 'Aspera', caseSensitive: true, aliases: ['IBM Aspera', 'FASP'], category: 'workflow', seeAlso: ['masv', 'signiant'], check: '(FASP)' },
  { id: 'assembly-cut', term: 'Assembly Cut', aliases: ['Assembly edit'], category: 'editorial', seeAlso: ['rough-cut', 'picture-lock'], check: 'first rough edit' },
  { id: 'avid-media-composer', term: 'Avid Media Composer', caseSensitive: true, aliases: ['Media Composer', 'Avid'], category: 'editorial', seeAlso: ['nle', 'premiere-pro'], check: 'Avid NEXIS' },
  // B
  { id: 'baked-in', term: 'Baked In', aliases: ['Baked-in', 'Baking in'], category: 'color', seeAlso: ['lut', 'dailies'], check: 'permanently applied' },
  { id: 'beauty-work', term: 'Beauty Work', aliases: ['Beauty retouching', 'Digital beauty'], category: 'vfx', seeAlso: ['cleanup'], check: 'blemish removal' },
  { id: 'bit-depth', term: 'Bit Depth', aliases: ['Bit-depth', 'Color depth', 'Colour depth'], category: 'color', seeAlso: ['dpx', 'exr'], check: 'number of bits' },
  // C
  { id: 'cdl', term: 'CDL', expansion: 'Color Decision List', aliases: ['ASC CDL', 'Colour Decision List'], category: 'color', seeAlso: ['lut', 'dit'], check: 'slope, offset, power' },
  {
    id: 'cg',
    term: 'CG',
    expansion: 'Computer-Generated',
    aliases: ['CGI', 'Computer-generated imagery', 'Computer graphics'],
    category: 'vfx',
    seeAlso: ['compositing', 'houdini', 'vfx'],
    check: 'created entirely through computer software',
  },
  { id: 'cleanup', term: 'Cleanup', aliases: ['Clean-up', 'VFX cleanup'], category: 'vfx', seeAlso: ['wire-removal', 'rotoscoping', 'beauty-work'], check: 'removes unwanted elements' },
  {
    id: 'color-grading',
    term: 'Color Grading',
    aliases: ['Colour grading', 'Grading', 'Color grade'],
    category: 'color',
    seeAlso: ['color-correction', 'davinci-resolve'],
    check: 'achieve a specific visual look',
    cta: { label: 'Read our complete guide to color grading in Korea', path: '/guides/color-grading-korea' },
  },
  {
    id: 'color-correction',
    term: 'Color Correction',
    aliases: ['Colour correction'],
    category: 'color',
    seeAlso: ['color-grading', 'white-balance'],
    check: 'accurate, consistent color representation',
  },
  { id: 'color-space', term: 'Color Space', aliases: ['Colour space', 'Color spaces'], category: 'color', seeAlso: ['gamut', 'rec-709', 'rec-2020'], check: 'Different color spaces serve' },
  { id: 'compositing', term: 'Compositing', aliases: ['Comp', 'Comping'], category: 'vfx', seeAlso: ['nuke', 'after-effects', 'vfx'], check: 'combining multiple visual elements' },
  { id: 'conform', term: 'Conform', aliases: ['Conforming'], category: 'editorial', seeAlso: ['offline-editing', 'online-editing', 'proxy'], check: 'replacing offline (proxy) editorial media' },
  // D
  {
    id: 'davinci-resolve',
    term: 'DaVinci Resolve',
    caseSensitive: true,
    aliases: ['Resolve', 'DaVinci', 'Davinci Resolve'],
    category: 'color',
    seeAlso: ['color-grading', 'nle'],
    check: 'Blackmagic Design',
  },
  {
    id: 'dcp',
    term: 'DCP',
    expansion: 'Digital Cinema Package',
    aliases: [],
    category: 'delivery',
    seeAlso: ['kdm', 'dci', 'imf'],
    check: 'JPEG 2000',
    cta: { label: 'Learn more about Korean delivery capabilities', path: '/services/delivery' },
  },
  { id: 'dci', term: 'DCI', expansion: 'Digital Cinema Initiatives', aliases: [], category: 'industry', seeAlso: ['dcp', 'color-space'], check: 'founded by major Hollywood studios' },
  {
    id: 'dialogue-editing',
    term: 'Dialogue Editing',
    aliases: ['Dialog editing', 'Dialogue edit', 'Dialogue editor'],
    category: 'sound',
    seeAlso: ['adr', 'mixing'],
    check: 'organizing all recorded dialogue',
  },
  { id: 'dit', term: 'DIT', expansion: 'Digital Imaging Technician', aliases: [], category: 'workflow', seeAlso: ['cdl', 'lut', 'dailies'], check: 'on-set technical role' },
  { id: 'dnxhr', term: 'DNxHR', aliases: ['DNxHD', 'Avid DNxHR', 'Avid DNxHD', 'DNxHD/DNxHR'], category: 'formats', seeAlso: ['prores', 'codec'], check: 'successor to DNxHD' },
  { id: 'dolby-vision', term: 'Dolby Vision', caseSensitive: true, aliases: ['Dolby Vision HDR'], category: 'formats', seeAlso: ['hdr', 'hdr10', 'hdr10-plus'], check: 'Dolby Laboratories' },
  { id: 'dolby-atmos', term: 'Dolby Atmos', caseSensitive: true, aliases: ['Atmos'], category: 'sound', seeAlso: ['mixing'], check: 'object-based approach' },
  { id: 'dpx', term: 'DPX', expansion: 'Digital Picture Exchange', aliases: [], category: 'formats', seeAlso: ['exr', 'bit-depth'], check: 'separate DPX file' },
  { id: 'dailies', term: 'Dailies', aliases: ['Rushes'], category: 'workflow', seeAlso: ['dit', 'frame-io'], check: 'each day of shooting' },
  // E
  { id: 'edl', term: 'EDL', expansion: 'Edit Decision List', aliases: ['Edit decision lists'], category: 'formats', seeAlso: ['xml-edl', 'xml', 'aaf'], check: 'records every edit in a sequence' },
  { id: 'exr', term: 'EXR', aliases: ['OpenEXR', 'Open EXR'], category: 'formats', seeAlso: ['dpx', 'bit-depth'], check: 'Industrial Light & Magic' },
  // F
  { id: 'foley', term: 'Foley', aliases: ['Foley artist', 'Foley effects'], category: 'sound', seeAlso: ['sound-design'], check: 'Foley stage' },
  {
    id: 'frame-io',
    term: 'Frame.io',
    caseSensitive: true,
    aliases: ['Frameio', 'Frame io', 'Adobe Frame.io'],
    category: 'workflow',
    seeAlso: ['dailies'],
    check: 'timestamped commenting',
    cta: { label: 'Learn more about remote workflow tools', path: '/guides/remote-workflow-tools' },
  },
  // G
  { id: 'gamut', term: 'Gamut', aliases: ['Color gamut', 'Colour gamut', 'Wide gamut'], category: 'color', seeAlso: ['color-space', 'rec-2020'], check: '"wide gamut" monitor' },
  // H
  {
    id: 'hallyu',
    term: 'Hallyu',
    caseSensitive: true,
    aliases: ['Korean Wave', 'Hallyu wave'],
    category: 'industry',
    seeAlso: ['kofic'],
    check: 'global spread of South Korean pop culture',
    cta: { label: 'Read about the Hallyu factor in Korean post', path: '/blog/hallyu-factor-korean-post' },
  },
  {
    id: 'hdr',
    term: 'HDR',
    expansion: 'High Dynamic Range',
    aliases: ['High-dynamic-range'],
    category: 'color',
    seeAlso: ['hdr10', 'hdr10-plus', 'dolby-vision', 'rec-2020'],
    check: 'standard dynamic range (SDR)',
  },
  { id: 'hdr10', term: 'HDR10', aliases: ['HDR 10', 'HDR-10'], category: 'formats', seeAlso: ['hdr', 'hdr10-plus', 'dolby-vision'], check: 'open HDR standard that uses static metadata' },
  { id: 'houdini', term: 'Houdini', caseSensitive: true, aliases: ['SideFX Houdini'], category: 'vfx', seeAlso: ['cg', 'vfx'], check: 'SideFX' },
  // I
  { id: 'imf', term: 'IMF', expansion: 'Interoperable Master Format', aliases: ['IMF package', 'IMP'], category: 'delivery', seeAlso: ['dcp'], check: 'component-based structure' },
  // K
  { id: 'kdm', term: 'KDM', expansion: 'Key Delivery Message', aliases: [], category: 'delivery', seeAlso: ['dcp', 'dci'], check: 'access encrypted DCPs' },
  {
    id: 'kofic',
    term: 'KOFIC',
    expansion: 'Korean Film Council',
    aliases: ['Korean Film Council', 'Korean Film Commission'],
    category: 'industry',
    seeAlso: ['hallyu'],
    check: 'Korean government organization',
    cta: { label: 'Learn about government support for Korean post', path: '/guides/government-support-korean-post' },
  },
  // L
  { id: 'lto', term: 'LTO', expansion: 'Linear Tape-Open', aliases: ['LTO tape', 'LTO-9'], category: 'workflow', seeAlso: ['dcp'], check: 'magnetic tape storage' },
  {
    id: 'lut',
    term: 'LUT',
    expansion: 'Look-Up Table',
    aliases: ['Lookup table', 'Look up table', '3D LUT', '1D LUT'],
    category: 'color',
    seeAlso: ['cdl', 'baked-in', 'color-space'],
    check: 'maps input color values',
  },
  // M
  { id: 'masv', term: 'MASV', aliases: [], category: 'workflow', seeAlso: ['aspera', 'signiant'], check: 'pay-per-use model' },
  { id: 'mixing', term: 'Mixing', aliases: ['Final mix', 'Re-recording mix', 'Sound mix'], category: 'sound', seeAlso: ['dolby-atmos', 'lkfs-lufs', 'dialogue-editing'], check: 're-recording mixer' },
  // N
  {
    id: 'nle',
    term: 'NLE',
    expansion: 'Non-Linear Editor',
    aliases: ['Non-linear editing', 'Non-linear editing system'],
    category: 'editorial',
    seeAlso: ['avid-media-composer', 'premiere-pro', 'davinci-resolve'],
    check: 'random-access, non-destructive editing',
  },
  { id: 'nuke', term: 'Nuke', caseSensitive: true, aliases: ['NukeX', 'Foundry Nuke'], category: 'vfx', seeAlso: ['compositing', 'after-effects'], check: 'The Foundry' },
  // O
  {
    id: 'offline-editing',
    term: 'Offline Editing',
    aliases: ['Offline edit', 'Offline editorial'],
    category: 'editorial',
    seeAlso: ['online-editing', 'proxy', 'conform'],
    check: 'creative editing phase',
  },
  { id: 'online-editing', term: 'Online Editing', aliases: ['Online edit', 'Online editorial'], category: 'editorial', seeAlso: ['offline-editing', 'conform'], check: 'technical finishing phase' },
  // P
  { id: 'picture-lock', term: 'Picture Lock', aliases: ['Locked picture', 'Locked cut', 'Picture-lock'], category: 'editorial', seeAlso: ['rough-cut', 'assembly-cut'], check: 'edit is finalized' },
  {
    id: 'premiere-pro',
    term: 'Premiere Pro',
    caseSensitive: true,
    aliases: ['Adobe Premiere Pro', 'Premiere'],
    category: 'editorial',
    seeAlso: ['nle', 'avid-media-composer', 'after-effects'],
    check: "Premiere's integration",
  },
  { id: 'prores', term: 'ProRes', caseSensitive: true, aliases: ['Apple ProRes', 'ProRes 422 HQ', 'ProRes 4444'], category: 'formats', seeAlso: ['dnxhr', 'codec'], check: 'developed by Apple' },
  { id: 'proxy', term: 'Proxy', aliases: ['Proxies', 'Proxy files', 'Proxy media'], category: 'workflow', seeAlso: ['offline-editing', 'conform'], check: 'lower-bitrate copy' },
  { id: 'pro-tools', term: 'Pro Tools', caseSensitive: true, aliases: ['ProTools', 'Avid Pro Tools'], category: 'sound', seeAlso: ['omf-aaf', 'mixing'], check: 'digital audio workstation (DAW)' },
  // R
  {
    id: 'rec-709',
    term: 'Rec.709',
    expansion: 'ITU-R Recommendation BT.709',
    aliases: ['Rec. 709', 'Rec 709', 'BT.709', 'ITU-R BT.709'],
    category: 'color',
    seeAlso: ['rec-2020', 'color-space'],
    check: 'high-definition television',
  },
  { id: 'rotoscoping', term: 'Rotoscoping', aliases: ['Roto', 'Rotoscope'], category: 'vfx', seeAlso: ['compositing', 'cleanup'], check: 'frame-by-frame mattes' },
  { id: 'rough-cut', term: 'Rough Cut', aliases: ['Rough-cut'], category: 'editorial', seeAlso: ['assembly-cut', 'picture-lock'], check: 'between the assembly cut and the fine cut' },
  // S
  { id: 'set-extension', term: 'Set Extension', aliases: ['Set extensions', 'Digital set extension'], category: 'vfx', seeAlso: ['vfx', 'compositing'], check: 'extends a physical set' },
  { id: 'signiant', term: 'Signiant', caseSensitive: true, aliases: ['Signiant Media Shuttle', 'Media Shuttle'], category: 'workflow', seeAlso: ['aspera', 'masv'], check: 'Media Shuttle' },
  {
    id: 'sound-design',
    term: 'Sound Design',
    aliases: ['Sound designer'],
    category: 'sound',
    seeAlso: ['foley', 'mixing'],
    check: 'designing, creating, and manipulating sounds',
    cta: { label: 'See our sound post services', path: '/services/sound-post' },
  },
  // V
  {
    id: 'vfx',
    term: 'VFX',
    expansion: 'Visual Effects',
    aliases: ['Visual effects'],
    category: 'vfx',
    seeAlso: ['compositing', 'cg', 'set-extension'],
    check: 'create, alter, or enhance imagery',
    cta: { label: 'Read about Korean VFX capabilities', path: '/services/vfx' },
  },
  // W
  { id: 'white-balance', term: 'White Balance', aliases: ['White-balance', 'WB'], category: 'color', seeAlso: ['color-correction'], check: 'color temperature' },
  { id: 'wire-removal', term: 'Wire Removal', aliases: ['Wire and rig removal', 'Rig removal'], category: 'vfx', seeAlso: ['cleanup', 'rotoscoping'], check: 'support wires' },
  // X
  { id: 'xml', term: 'XML', aliases: ['Final Cut Pro XML', 'FCPXML', 'Premiere Pro XML'], category: 'formats', seeAlso: ['xml-edl', 'edl', 'aaf'], check: 'more capable than EDL' },
  // Additional Terms
  {
    id: 'after-effects',
    term: 'After Effects',
    caseSensitive: true,
    aliases: ['Adobe After Effects'],
    category: 'vfx',
    seeAlso: ['nuke', 'compositing'],
    check: 'motion graphics and compositing application',
  },
  { id: 'codec', term: 'Codec', expansion: 'Coder-Decoder', aliases: ['Codecs', 'Video codec'], category: 'formats', seeAlso: ['prores', 'dnxhr'], check: 'portmanteau' },
  {
    id: 'hdr10-plus',
    term: 'HDR10+',
    aliases: ['HDR10 Plus', 'HDR10plus', 'HDR 10+'],
    category: 'formats',
    seeAlso: ['hdr10', 'dolby-vision', 'hdr'],
    check: 'Samsung',
    cta: { label: 'See our HDR format comparison', path: '/guides/hdr-format-comparison' },
  },
  {
    id: 'lkfs-lufs',
    term: 'LKFS / LUFS',
    expansion: 'Loudness Units',
    aliases: ['LUFS', 'LKFS', 'Loudness Units relative to Full Scale', 'Loudness K-weighted Full Scale'],
    category: 'sound',
    seeAlso: ['mixing'],
    check: 'audio loudness',
  },
  {
    id: 'omf-aaf',
    term: 'OMF / AAF',
    expansion: 'Audio Interchange Formats',
    aliases: ['OMF', 'Open Media Framework'],
    category: 'formats',
    seeAlso: ['aaf', 'pro-tools'],
    check: 'OMF is an older format',
  },
  {
    id: 'rec-2020',
    term: 'Rec.2020',
    expansion: 'ITU-R Recommendation BT.2020',
    aliases: ['Rec. 2020', 'Rec 2020', 'BT.2020', 'ITU-R BT.2020'],
    category: 'color',
    seeAlso: ['rec-709', 'color-space', 'hdr'],
    check: 'ultra-high-definition',
    cta: { label: 'Learn more in our Color Science guide', path: '/guides/color-science' },
  },
  { id: 'virtual-production', term: 'Virtual Production', aliases: ['LED volume', 'ICVFX', 'In-camera VFX'], category: 'vfx', seeAlso: ['vfx'], check: 'Unreal Engine' },
  { id: 'xml-edl', term: 'XML / EDL', expansion: 'Edit Decision Formats', aliases: ['Edit decision formats'], category: 'formats', seeAlso: ['xml', 'edl', 'conform'], check: 'in/out points' },
];

/** The entries of data/terms.json from the page's text; `table` (one row per paragraph) is for tests. */
export function buildTerms(pageText, table = TABLE) {
  const page = parseGlossaryPage(pageText);
  if (page.length !== table.length) {
    throw new Error(`the page has ${page.length} definitions but the table names ${table.length}`);
  }
  const entries = page.map((para, i) => {
    const row = table[i];
    if (!para.text.includes(row.check)) {
      throw new Error(`row ${i} (${row.id}) does not match its paragraph: "${para.text.slice(0, 80)}…"`);
    }
    // A name the page kept (the Additional Terms) must agree with the table.
    if (para.heading) {
      const kept = para.heading.replace(/\s*\(([^)]*)\)\s*$/, '');
      const keptExpansion = /\(([^)]*)\)\s*$/.exec(para.heading)?.[1];
      if (kept !== row.term) throw new Error(`page names ${para.heading} but the table says ${row.term}`);
      if (keptExpansion && keptExpansion !== row.expansion) {
        throw new Error(`page gives ${keptExpansion} for ${row.term} but the table says ${row.expansion}`);
      }
    }
    let definition = para.text;
    const links = [];
    if (row.cta) {
      const idx = definition.lastIndexOf(row.cta.label);
      const tail = idx < 0 ? '' : definition.slice(idx + row.cta.label.length).trim();
      if (idx < 0 || !/^(→|\.)?$/.test(tail)) {
        throw new Error(`${row.id}: call-to-action "${row.cta.label}" is not the paragraph's last sentence`);
      }
      definition = definition.slice(0, idx).trim();
      links.push({ label: row.cta.label, path: row.cta.path });
    } else if (/→\s*$/.test(definition)) {
      throw new Error(`${row.id}: paragraph ends with a call-to-action the table does not move`);
    }
    const entry = { id: row.id, term: row.term };
    if (row.expansion) entry.expansion = row.expansion;
    entry.aliases = row.aliases;
    if (row.caseSensitive) entry.caseSensitive = true;
    entry.letter = indexLetter(row.term);
    entry.category = row.category;
    entry.definition = definition;
    entry.seeAlso = [...row.seeAlso];
    entry.links = links;
    return entry;
  });

  // "See also" is symmetric: a related entry points back.
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const e of entries) {
    for (const other of e.seeAlso) {
      const o = byId.get(other);
      if (!o) throw new Error(`${e.id}: seeAlso ${other} is not an entry`);
      if (other === e.id) throw new Error(`${e.id}: seeAlso names itself`);
    }
  }
  for (const e of entries) {
    for (const other of e.seeAlso) {
      const o = byId.get(other);
      if (!o.seeAlso.includes(e.id)) o.seeAlso.push(e.id);
    }
  }

  // In the order every glossary lists them (src/core/lookup.ts).
  return entries.sort(compareEntries);
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const terms = buildTerms(readFileSync(sourcePath, 'utf8'));
  const outputs = [
    [outPath, `${JSON.stringify(terms, null, 2)}\n`],
    [packedPath, packedModule(terms)],
  ];
  for (const [path, text] of outputs) {
    const name = path.slice(root.length);
    if (process.argv.includes('--check')) {
      if (readFileSync(path, 'utf8') !== text) {
        console.error(`${name} is out of date: run npm run build:data`);
        process.exitCode = 1;
      }
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${name}`);
    }
  }
}
