// A small YAML reader for suricata-verify `test.yaml` files (the repository has no YAML
// dependency and this test must not add one).
//
// Supported: block mappings and sequences (including `- key: value` compact mappings and
// sequences at the same indentation as their parent key), plain and quoted scalars (also
// spanning lines, folded as YAML folds them), literal and folded block scalars (`|`, `>`),
// flow sequences/mappings (`[a, b]`, `{k: v}`, possibly spanning lines) and `#` comments.
// Scalars resolve as PyYAML (YAML 1.1) does, because suricata-verify reads these files with
// PyYAML: null/~, true/false/yes/no/on/off, decimal/hex/octal integers and floats.
// Not supported (throws): anchors, aliases, tags, multiple documents.
// Checked against PyYAML on every YAML file of the suricata-verify corpus.

export type YamlValue = null | boolean | number | string | YamlValue[] | { [key: string]: YamlValue };

interface Line {
  no: number; // 1-based, for messages
  indent: number;
  text: string; // without indentation and trailing comment; '' for blank and comment lines
  raw: string; // the line as written
  comment: boolean; // a comment-only line
}

export class YamlError extends Error {}

/** Removes a trailing `# comment` that is outside quotes (a `#` must follow whitespace). */
function stripComment(s: string): string {
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === "'" && quote === "'" && s[i + 1] === "'") i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      // a quote only opens a quoted scalar at the start of a token
      if (i === 0 || /[\s:[{,-]/.test(s[i - 1])) quote = ch;
    } else if (ch === '#' && (i === 0 || /\s/.test(s[i - 1]))) {
      return s.slice(0, i).trimEnd();
    }
  }
  return s.trimEnd();
}

function toLines(text: string): Line[] {
  const out: Line[] = [];
  const raws = text.split(/\r?\n/);
  if (raws[raws.length - 1] === '') raws.pop(); // the final newline ends the last line
  raws.forEach((raw, i) => {
    if (raw.includes('\t') && /^\s*\t/.test(raw)) throw new YamlError(`line ${i + 1}: tab indentation`);
    const indent = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (out.length === 0 && (body === '---' || body.startsWith('%'))) return; // directives, document start
    if (body === '---' || body === '...') throw new YamlError(`line ${i + 1}: multiple documents`);
    // Blank and comment lines are kept: inside multi-line and block scalars they are content.
    const comment = body.startsWith('#');
    out.push({ no: i + 1, indent, text: comment ? '' : stripComment(body), raw, comment });
  });
  return out;
}

const INT_DEC = /^[-+]?(0|[1-9][0-9_]*)$/;
const INT_HEX = /^[-+]?0x[0-9a-fA-F_]+$/;
const INT_OCT = /^[-+]?0[0-7_]+$/;
const FLOAT = /^[-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+][0-9]+)?$|^[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+$/;

/** The value of a plain scalar, resolved like PyYAML. */
export function resolvePlain(s: string): YamlValue {
  if (s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL') return null;
  if (/^(true|True|TRUE|yes|Yes|YES|on|On|ON)$/.test(s)) return true;
  if (/^(false|False|FALSE|no|No|NO|off|Off|OFF)$/.test(s)) return false;
  const clean = s.replace(/_/g, '');
  if (INT_DEC.test(s)) return Number(clean);
  if (INT_HEX.test(s)) return (clean.startsWith('-') ? -1 : 1) * parseInt(clean.replace(/^[-+]?0x/, ''), 16);
  if (INT_OCT.test(s)) return (clean.startsWith('-') ? -1 : 1) * parseInt(clean.replace(/^[-+]?0/, ''), 8);
  if (FLOAT.test(s) && /[0-9]/.test(s)) return Number(clean);
  if (/^[-+]?\.(inf|Inf|INF)$/.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(nan|NaN|NAN)$/.test(s)) return NaN;
  return s;
}

function unescapeDouble(s: string, lineNo: number): string {
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e: string) => {
    switch (e[0]) {
      case 'x':
      case 'u':
      case 'U':
        return String.fromCodePoint(parseInt(e.slice(1), 16));
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case '0':
        return '\0';
      case ' ':
      case '"':
      case '\\':
      case '/':
        return e;
      default:
        throw new YamlError(`line ${lineNo}: unknown escape \\${e}`);
    }
  });
}

/** Parses a quoted scalar at s[0]; returns the value and the index after the closing quote. */
function quoted(s: string, lineNo: number): { value: string; end: number } {
  const q = s[0];
  for (let i = 1; i < s.length; i++) {
    if (q === '"' && s[i] === '\\') {
      i++;
      continue;
    }
    if (s[i] === q) {
      if (q === "'" && s[i + 1] === "'") {
        i++;
        continue;
      }
      const inner = s.slice(1, i);
      return { value: q === "'" ? inner.replace(/''/g, "'") : unescapeDouble(inner, lineNo), end: i + 1 };
    }
  }
  throw new YamlError(`line ${lineNo}: unterminated quoted scalar`);
}

/** Flow collections: `[a, 'b', {k: v}]`. */
function parseFlow(s: string, lineNo: number): YamlValue {
  let i = 0;
  const ws = () => {
    while (i < s.length && /\s/.test(s[i])) i++;
  };
  const value = (): YamlValue => {
    ws();
    const ch = s[i];
    if (ch === '[') {
      i++;
      const arr: YamlValue[] = [];
      ws();
      if (s[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value());
        ws();
        if (s[i] === ',') {
          i++;
          ws();
          if (s[i] === ']') {
            i++;
            return arr;
          }
          continue;
        }
        if (s[i] === ']') {
          i++;
          return arr;
        }
        throw new YamlError(`line ${lineNo}: bad flow sequence`);
      }
    }
    if (ch === '{') {
      i++;
      const obj: { [k: string]: YamlValue } = {};
      ws();
      if (s[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        const k = value();
        ws();
        if (s[i] !== ':') throw new YamlError(`line ${lineNo}: bad flow mapping`);
        i++;
        obj[String(k)] = value();
        ws();
        if (s[i] === ',') {
          i++;
          continue;
        }
        if (s[i] === '}') {
          i++;
          return obj;
        }
        throw new YamlError(`line ${lineNo}: bad flow mapping`);
      }
    }
    if (ch === '"' || ch === "'") {
      const q = quoted(s.slice(i), lineNo);
      i += q.end;
      return q.value;
    }
    const start = i;
    while (i < s.length && !/[,\]}]/.test(s[i]) && !(s[i] === ':' && /[\s,\]}]/.test(s[i + 1] ?? ' '))) i++;
    return resolvePlain(s.slice(start, i).trim());
  };
  const v = value();
  ws();
  if (i !== s.length) throw new YamlError(`line ${lineNo}: text after flow collection`);
  return v;
}

function bracketDepth(s: string): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth--;
  }
  return depth;
}

/** Index of the `:` that ends a mapping key in `s`, or -1. */
function keyColon(s: string): number {
  if (s.startsWith('"') || s.startsWith("'")) {
    try {
      const q = quoted(s, 0);
      return s[q.end] === ':' && (q.end + 1 === s.length || s[q.end + 1] === ' ') ? q.end : -1;
    } catch {
      return -1;
    }
  }
  if (s.startsWith('[') || s.startsWith('{')) return -1;
  const m = /:( |$)/.exec(s);
  return m ? m.index : -1;
}

class Parser {
  private pos = 0;
  private readonly lines: Line[];
  constructor(lines: Line[]) {
    this.lines = lines;
  }

  parseDocument(): YamlValue {
    if (this.lines.length === 0) return null;
    const v = this.block(this.lines[0].indent);
    if (this.pos < this.lines.length) throw new YamlError(`line ${this.lines[this.pos].no}: unexpected indentation`);
    return v;
  }

  /** The current line that is neither blank nor a comment. */
  private get cur(): Line | undefined {
    while (this.pos < this.lines.length && this.lines[this.pos].text === '') this.pos++; // blank or comment
    return this.lines[this.pos];
  }

  /**
   * The next continuation line of a multi-line scalar (more indented than `parentIndent`), with
   * the separator that folding puts before it: a space, or one newline per blank line skipped.
   */
  private continuation(
    parentIndent: number,
    inQuotes: boolean,
    accept: (text: string) => boolean,
  ): { sep: string; text: string } | null {
    let blanks = 0;
    let p = this.pos;
    while (p < this.lines.length && this.lines[p].raw.trim() === '') {
      blanks++;
      p++;
    }
    const l = this.lines[p];
    if (!l || (l.comment && !inQuotes)) return null;
    // Inside quotes a line is text, whatever it looks like.
    const text = inQuotes ? l.raw.trim() : l.text;
    if (l.indent <= parentIndent || !accept(text)) return null;
    this.pos = p + 1;
    return { sep: blanks > 0 ? '\n'.repeat(blanks) : ' ', text };
  }

  /** `|` / `>` with optional chomping (`-`, `+`) and indentation indicators. */
  private blockScalar(header: string, parentIndent: number): string {
    const m = /^([|>])([-+]?)([1-9]?)([-+]?)$/.exec(header);
    if (!m) throw new YamlError(`bad block scalar header ${header}`);
    const chomp = m[2] || m[4];
    const body: string[] = [];
    let indent = m[3] ? parentIndent + Number(m[3]) : -1;
    while (this.pos < this.lines.length) {
      const l = this.lines[this.pos];
      const blank = l.raw.trim() === '';
      if (!blank && l.indent <= parentIndent) break;
      if (!blank && indent < 0) indent = l.indent;
      body.push(blank ? '' : l.raw.slice(indent));
      this.pos++;
    }
    let trailing = 0;
    while (body.length > 0 && body[body.length - 1] === '') {
      body.pop();
      trailing++;
    }
    let text =
      m[1] === '|'
        ? body.join('\n')
        : body.reduce((acc, line, i) => {
            if (i === 0) return line;
            // Folding: a line break between two text lines becomes a space (kept around
            // more-indented lines); before blank lines it is dropped and each blank line is '\n'.
            const prev = body[i - 1];
            if (line === '') return acc + '\n';
            if (prev === '') return acc + line;
            if (/^\s/.test(line) || /^\s/.test(prev)) return acc + '\n' + line;
            return acc + ' ' + line;
          }, '');
    if (body.length === 0) return '';
    if (chomp === '-') return text;
    if (chomp === '+') return text + '\n' + '\n'.repeat(trailing);
    return text + '\n';
  }

  private block(indent: number): YamlValue {
    const l = this.cur!;
    if (l.text === '-' || l.text.startsWith('- ')) return this.sequence(indent);
    if (keyColon(l.text) >= 0) return this.mapping(indent);
    // a lone scalar document / block value
    return this.inline(l.text, indent - 1);
  }

  private sequence(indent: number): YamlValue[] {
    const out: YamlValue[] = [];
    for (let l = this.cur; l && l.indent === indent && (l.text === '-' || l.text.startsWith('- ')); l = this.cur) {
      const rest = l.text === '-' ? '' : l.text.slice(2).trimStart();
      if (rest === '') {
        this.pos++;
        const next = this.cur;
        out.push(next && next.indent > indent ? this.block(next.indent) : null);
        continue;
      }
      // `- key: value` or `- - x`: re-read the rest of the line as a nested block.
      const restIndent = indent + (l.text.length - rest.length);
      if (rest === '-' || rest.startsWith('- ') || keyColon(rest) >= 0) {
        this.lines[this.pos] = { ...l, indent: restIndent, text: rest };
        out.push(this.block(restIndent));
      } else {
        this.pos++;
        out.push(this.inline(rest, indent, l.no));
      }
    }
    return out;
  }

  private mapping(indent: number): { [key: string]: YamlValue } {
    const out: { [key: string]: YamlValue } = {};
    for (let l = this.cur; l && l.indent === indent; l = this.cur) {
      const c = keyColon(l.text);
      if (c < 0) throw new YamlError(`line ${l.no}: expected a mapping key`);
      const rawKey = l.text.slice(0, c).trim();
      const key = rawKey.startsWith('"') || rawKey.startsWith("'") ? quoted(rawKey, l.no).value : rawKey;
      const rest = l.text.slice(c + 1).trim();
      this.pos++;
      if (rest === '') {
        const next = this.cur;
        if (next && next.indent > indent) out[key] = this.block(next.indent);
        else if (next && next.indent === indent && (next.text === '-' || next.text.startsWith('- ')))
          out[key] = this.sequence(indent);
        else out[key] = null;
      } else {
        out[key] = this.inline(rest, indent, l.no);
      }
    }
    return out;
  }

  /** A value that starts on the current line after `key:` or `- `; it may continue below. */
  private inline(text: string, parentIndent: number, lineNo = 0): YamlValue {
    if (/^[|>]/.test(text)) return this.blockScalar(text, parentIndent);
    if (/^[&*!]/.test(text)) throw new YamlError(`line ${lineNo}: anchors, aliases and tags are not supported`);
    if (text.startsWith('[') || text.startsWith('{')) {
      let s = text;
      while (bracketDepth(s) > 0 && this.cur && this.cur.indent > parentIndent) s += ' ' + this.lines[this.pos++].text;
      return parseFlow(s, lineNo);
    }
    if (text.startsWith('"') || text.startsWith("'")) {
      let s = text;
      for (;;) {
        try {
          const q = quoted(s, lineNo);
          if (s.slice(q.end).trim() !== '') throw new YamlError(`line ${lineNo}: text after quoted scalar`);
          return q.value;
        } catch (e) {
          if (!(e instanceof YamlError) || !/unterminated/.test(e.message)) throw e;
          const next = this.continuation(-1, true, () => true);
          if (!next) throw e;
          // In a double-quoted scalar, `\` at the end of a line joins the lines without a space.
          const escapedBreak = text[0] === '"' && /(^|[^\\])(\\\\)*\\$/.test(s);
          s = escapedBreak ? s.slice(0, -1) + next.text : s + next.sep + next.text;
        }
      }
    }
    let s = text;
    for (;;) {
      const next = this.continuation(parentIndent, false, (t) => keyColon(t) < 0 && !t.startsWith('- ') && t !== '-');
      if (!next) break;
      s += next.sep + next.text;
    }
    return resolvePlain(s);
  }
}

export function parseYaml(text: string): YamlValue {
  return new Parser(toLines(text)).parseDocument();
}
