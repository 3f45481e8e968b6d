// Shorter import names for a wasm-bindgen app, in both halves at once.
//
// wasm-bindgen names every import `__wbg_<js name>_<16 hex digits>`: about 33
// bytes each, written twice (the wasm's import section and the glue's import
// object), and the hex digits don't compress. The calculator app has 121 of
// them. `shortenImports` renames each to a short identifier (`a`, `b`, ...)
// in the import section and in the glue, which names each exactly once (as a
// key of its import object). It refuses (throws) anything it doesn't expect,
// so a wasm-bindgen upgrade that changes the glue fails the build instead of
// breaking the app. Section layout: the WebAssembly core spec, 5.5
// (modules), 5.5.5 (the import section).

function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value |= (byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return [value >>> 0, at];
    shift += 7;
    if (shift > 28) throw new Error("wasm-imports: a LEB128 number is too long");
  }
}

function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
}

const utf8 = new TextDecoder();
const encode = (text) => new TextEncoder().encode(text);

function readName(bytes, at) {
  const [length, start] = readU32(bytes, at);
  return [utf8.decode(bytes.subarray(start, start + length)), start + length];
}

// Skips one import's description (5.5.5): a function, table, memory or global.
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = readU32(bytes, p);
    if (flags & 1) [, p] = readU32(bytes, p);
    return p;
  };
  switch (kind) {
    case 0x00:
      return readU32(bytes, at)[1];
    case 0x01:
      return limits(at + 1);
    case 0x02:
      return limits(at);
    case 0x03:
      return at + 2;
    default:
      throw new Error(`wasm-imports: unknown import kind ${kind}`);
  }
}

/** `a`, `b`, ... `z`, `A` ... `Z`, then two letters: short identifiers. */
function shortName(index) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let name = "";
  let n = index;
  do {
    name = letters[n % letters.length] + name;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return name;
}

/**
 * Renames the `__wbg_…` imports of `wasm` (bytes) and of its glue `js`
 * (text). Returns `{ wasm, js, renamed }`.
 */
export function shortenImports(wasm, js) {
  const bytes = new Uint8Array(wasm);
  if (bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
    throw new Error("wasm-imports: not a wasm module");
  }
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = readU32(bytes, at + 1);
    if (id !== 2) {
      at = body + size;
      continue;
    }
    const [count, first] = readU32(bytes, body);
    const parts = [u32(count)];
    const names = new Map();
    let p = first;
    for (let i = 0; i < count; i++) {
      const [module, afterModule] = readName(bytes, p);
      const [field, afterField] = readName(bytes, afterModule);
      const end = skipDescription(bytes, afterField);
      let name = field;
      if (/^__wbg_[A-Za-z0-9_$]+$/.test(field)) {
        if (!names.has(field)) names.set(field, shortName(names.size));
        name = names.get(field);
      }
      const m = encode(module);
      const n = encode(name);
      parts.push(u32(m.length), m, u32(n.length), n, bytes.subarray(afterField, end));
      p = end;
    }
    if (p !== body + size) throw new Error("wasm-imports: the import section doesn't add up");
    // Every renamed import is one key of the glue's import object, and no
    // short name is already a key there.
    let text = js;
    for (const [long, short] of names) {
      const key = new RegExp(`(^|[^A-Za-z0-9_$])${long.replace(/\$/g, "\\$")}(?=: function)`, "g");
      const found = text.match(key) || [];
      if (found.length !== 1 || text.split(long).length !== 2) {
        throw new Error(`wasm-imports: the glue names ${long} ${text.split(long).length - 1} times`);
      }
      if (new RegExp(`[\\s{,]${short}: function`).test(text)) {
        throw new Error(`wasm-imports: the glue already has a key ${short}`);
      }
      text = text.replace(key, `$1${short}`);
    }
    const section = Buffer.concat(parts.map((part) => Uint8Array.from(part)));
    const out = Buffer.concat([
      bytes.subarray(0, at),
      Uint8Array.from([2, ...u32(section.length)]),
      section,
      bytes.subarray(body + size),
    ]);
    return { wasm: out, js: text, renamed: names.size };
  }
  throw new Error("wasm-imports: the module has no import section");
}
