// QUIC Initial packet protection (RFC 9001 §5) for the QUIC analyzer, agent/l7/quic.ts: the
// client Initial keys of a Destination Connection ID, and the removal of header protection and
// the AEAD opening of one client Initial packet.
//
// Why native: with node:crypto every packet cost two new cipher objects (an AES-128-ECB one for
// the header-protection mask, an AES-128-GCM one to open the payload) and a tag that does not
// verify cost an exception; keys cost five Hmac objects per new DCID. That was about 100 µs per
// Initial. Here the OpenSSL that Node itself carries (and exports; node-gyp puts its headers,
// <nodedir>/include/node/openssl, on the include path) does the same work for a few µs:
// - the AEAD through one EVP context per thread, re-keyed per packet (AES-NI and CLMUL code);
// - HMAC-SHA256 and the one AES block of the header-protection mask through the low-level
//   SHA256_* and AES_* calls, deprecated in OpenSSL 3.0 but kept by every 3.x: through EVP
//   (EVP_MAC, a cipher context) each HMAC or key change cost a few µs of provider dispatch,
//   parameter lookups and allocation, several times the hashing itself. None of these keys is
//   secret (anyone on the path can derive them), so table-based AES is no concern.
//
// Threads: the addon is loaded by the main thread and by every shard worker, and an EVP context
// is not safe to share, so each thread has its own (thread_local, freed when the thread ends).
// The functions never throw on a packet's content (a packet that does not open returns -1);
// they throw PROBE_E_USAGE for arguments that break their contract (a bug in the caller).
// SHA256_* and AES_* are deprecated in OpenSSL 3.0 (see above for why we use them).
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/aes.h>
#include <openssl/evp.h>
#include <openssl/sha.h>

#include <cmath>
#include <cstring>
#include <memory>
#include <string>

#include "errors.h"
#include "quic_initial.h"

namespace probe {

namespace {

const uint32_t kKeyLen = 16;   // AEAD_AES_128_GCM key and the AES-128 header-protection key
const uint32_t kIvLen = 12;    // AEAD nonce
const uint32_t kTagLen = 16;   // AEAD tag
const uint32_t kSampleLen = 16;

// HMAC-SHA256 (RFC 2104) with its key folded in: the hash states after the inner and the outer
// padded key, so that each HMAC under the same key costs two compressions, not four.
struct HmacKey {
  SHA256_CTX inner;
  SHA256_CTX outer;
};

// key is at most one SHA-256 block (64 bytes; ours are 20 and 32).
void HmacInit(HmacKey& k, const uint8_t* key, size_t keyLen) {
  uint8_t pad[64];
  memset(pad, 0, sizeof pad);
  memcpy(pad, key, keyLen);
  for (uint8_t& x : pad) x ^= 0x36;
  SHA256_Init(&k.inner);
  SHA256_Update(&k.inner, pad, sizeof pad);
  for (uint8_t& x : pad) x ^= 0x36 ^ 0x5c;
  SHA256_Init(&k.outer);
  SHA256_Update(&k.outer, pad, sizeof pad);
}

void Hmac(const HmacKey& k, const uint8_t* msg, size_t len, uint8_t* out) {
  uint8_t inner[32];
  SHA256_CTX c = k.inner;
  SHA256_Update(&c, msg, len);
  SHA256_Final(inner, &c);
  c = k.outer;
  SHA256_Update(&c, inner, sizeof inner);
  SHA256_Final(out, &c);
}

// HKDF-Expand-Label(secret, prefix + suffix, "", len) for len ≤ 32, which is one HMAC block:
// T(1) = HMAC(secret, HkdfLabel || 0x01), RFC 8446 §7.1 over RFC 5869 §2.3.
void ExpandLabel(const HmacKey& secret, const std::string& prefix, const char* suffix, uint32_t len, uint8_t* out) {
  uint8_t info[2 + 1 + 255 + 1 + 1];
  size_t n = 0;
  size_t suffixLen = strlen(suffix);
  info[n++] = uint8_t(len >> 8);
  info[n++] = uint8_t(len);
  info[n++] = uint8_t(6 + prefix.size() + suffixLen);
  memcpy(info + n, "tls13 ", 6);
  n += 6;
  memcpy(info + n, prefix.data(), prefix.size());
  n += prefix.size();
  memcpy(info + n, suffix, suffixLen);
  n += suffixLen;
  info[n++] = 0;  // empty context
  info[n++] = 1;  // counter of T(1)
  uint8_t t[32];
  Hmac(secret, info, n, t);
  memcpy(out, t, len);
}

// The AES-128-GCM cipher, fetched once per thread, and the context reused for every packet.
struct Aead {
  EVP_CIPHER* gcm = EVP_CIPHER_fetch(nullptr, "AES-128-GCM", nullptr);
  EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
  // The HMAC key of the last salt: a handful of salts serve every flow.
  uint8_t salt[64];
  size_t saltLen = SIZE_MAX;
  HmacKey saltKey;
  ~Aead() {
    EVP_CIPHER_CTX_free(ctx);
    EVP_CIPHER_free(gcm);
  }
};

Aead& ThreadAead(Napi::Env env) {
  thread_local std::unique_ptr<Aead> a;
  if (!a) a.reset(new Aead());
  if (!a->gcm || !a->ctx) throw CodedError(env, "PROBE_E_ADDON", "quic: Node's OpenSSL has no AES-128-GCM");
  return *a;
}

template <typename T>
Napi::TypedArrayOf<T> Uint8Arg(const Napi::CallbackInfo& info, size_t i, const char* message) {
  if (info.Length() <= i || !info[i].IsTypedArray() || info[i].As<Napi::TypedArray>().TypedArrayType() != napi_uint8_array) {
    throw CodedError(info.Env(), "PROBE_E_USAGE", message);
  }
  return info[i].As<Napi::TypedArrayOf<T>>();
}

uint32_t IndexArg(const Napi::CallbackInfo& info, size_t i, const char* message) {
  double v = info.Length() > i && info[i].IsNumber() ? info[i].As<Napi::Number>().DoubleValue() : -1;
  if (!(v >= 0 && v <= 4294967295.0 && v == std::floor(v))) throw CodedError(info.Env(), "PROBE_E_USAGE", message);
  return uint32_t(v);
}

}  // namespace

// quicInitialKeys(dcid: Uint8Array, salt: Uint8Array, labelPrefix: string, out: Uint8Array): void
// The client Initial secrets of RFC 9001 §5.2 (RFC 9369 §3.3 for v2, whose labels start with
// "quicv2"): initial_secret = HKDF-Extract(salt, dcid), client = Expand-Label("client in", 32),
// then key (16 bytes), iv (12) and hp (16) written to out[0, 44) in that order.
Napi::Value QuicInitialKeys(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Napi::Uint8Array dcid = Uint8Arg<uint8_t>(info, 0, "quicInitialKeys: dcid must be a Uint8Array");
  Napi::Uint8Array salt = Uint8Arg<uint8_t>(info, 1, "quicInitialKeys: salt must be a Uint8Array");
  if (info.Length() < 3 || !info[2].IsString()) throw CodedError(env, "PROBE_E_USAGE", "quicInitialKeys: labelPrefix must be a string");
  std::string prefix = info[2].As<Napi::String>().Utf8Value();
  Napi::Uint8Array out = Uint8Arg<uint8_t>(info, 3, "quicInitialKeys: out must be a Uint8Array");
  if (out.ByteLength() < kQuicKeysLen) throw CodedError(env, "PROBE_E_USAGE", "quicInitialKeys: out must hold 44 bytes (key, iv, hp)");
  // The longest label, "tls13 " + prefix + " key", must fit HkdfLabel's one-byte length.
  if (prefix.size() > 200) throw CodedError(env, "PROBE_E_USAGE", "quicInitialKeys: labelPrefix is longer than 200 bytes");
  if (salt.ByteLength() > 64) throw CodedError(env, "PROBE_E_USAGE", "quicInitialKeys: salt must be at most 64 bytes");
  Aead& a = ThreadAead(env);
  if (a.saltLen != salt.ByteLength() || memcmp(a.salt, salt.Data(), salt.ByteLength()) != 0) {
    HmacInit(a.saltKey, salt.Data(), salt.ByteLength());
    memcpy(a.salt, salt.Data(), salt.ByteLength());
    a.saltLen = salt.ByteLength();
  }
  uint8_t initial[32], client[32];
  HmacKey k;
  Hmac(a.saltKey, dcid.Data(), dcid.ByteLength(), initial);  // HKDF-Extract(salt, dcid)
  HmacInit(k, initial, sizeof initial);
  ExpandLabel(k, "", "client in", 32, client);
  HmacInit(k, client, sizeof client);
  uint8_t* o = out.Data();
  ExpandLabel(k, prefix, " key", kKeyLen, o);
  ExpandLabel(k, prefix, " iv", kIvLen, o + kKeyLen);
  ExpandLabel(k, prefix, " hp", kKeyLen, o + kKeyLen + kIvLen);
  return env.Undefined();
}

// quicOpenInitial(keys: Uint8Array, b: Uint8Array, p, pnOff, pktEnd, out: Uint8Array): number
// Opens the long-header packet b[p, pktEnd) whose packet number starts at pnOff, with the 44
// bytes of quicInitialKeys in keys: removes header protection (RFC 9001 §5.4: AES-128-ECB of
// the 16-byte sample at pnOff + 4 gives the mask of the first byte's low 4 bits and of the
// packet number), then opens the payload (§5.3: AES-128-GCM, nonce = iv XOR packet number,
// AAD = the unprotected header) into out. Returns the plaintext length, or -1 when the packet
// is too short or its tag does not verify; b is not written. Nothing is allocated.
Napi::Value QuicOpenInitial(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Napi::Uint8Array keys = Uint8Arg<uint8_t>(info, 0, "quicOpenInitial: keys must be a Uint8Array");
  Napi::Uint8Array buf = Uint8Arg<uint8_t>(info, 1, "quicOpenInitial: b must be a Uint8Array");
  uint32_t p = IndexArg(info, 2, "quicOpenInitial: p must be an integer offset");
  uint32_t pnOff = IndexArg(info, 3, "quicOpenInitial: pnOff must be an integer offset");
  uint32_t pktEnd = IndexArg(info, 4, "quicOpenInitial: pktEnd must be an integer offset");
  Napi::Uint8Array out = Uint8Arg<uint8_t>(info, 5, "quicOpenInitial: out must be a Uint8Array");
  if (keys.ByteLength() < kQuicKeysLen) throw CodedError(env, "PROBE_E_USAGE", "quicOpenInitial: keys must hold 44 bytes (key, iv, hp)");
  if (!(p < pnOff && pnOff <= pktEnd && pktEnd <= buf.ByteLength())) {
    throw CodedError(env, "PROBE_E_USAGE", "quicOpenInitial: offsets must satisfy p < pnOff <= pktEnd <= b.length");
  }
  if (uint64_t(pnOff) + 4 + kSampleLen > pktEnd) return Napi::Number::New(env, -1);
  // Every packet number length leaves at least this much ciphertext; out must hold the longest.
  if (out.ByteLength() < pktEnd - pnOff - 1 - kTagLen) {
    throw CodedError(env, "PROBE_E_USAGE", "quicOpenInitial: out is shorter than the packet's payload");
  }
  Aead& a = ThreadAead(env);
  const uint8_t* k = keys.Data();
  const uint8_t* b = buf.Data();

  AES_KEY hp;
  uint8_t mask[kSampleLen];
  AES_set_encrypt_key(k + kKeyLen + kIvLen, 128, &hp);
  AES_encrypt(b + pnOff + 4, mask, &hp);
  uint8_t first = b[p] ^ (mask[0] & 0x0f);  // long header: the low 4 bits are protected
  uint32_t pnLen = (first & 0x03) + 1;
  uint8_t pn[4];
  uint8_t nonce[kIvLen];
  memcpy(nonce, k + kKeyLen, kIvLen);
  for (uint32_t i = 0; i < pnLen; i++) {
    pn[i] = b[pnOff + i] ^ mask[1 + i];
    nonce[kIvLen - pnLen + i] ^= pn[i];
  }
  uint32_t ctOff = pnOff + pnLen;
  uint32_t ctLen = pktEnd - kTagLen - ctOff;
  uint8_t tag[kTagLen];
  memcpy(tag, b + pktEnd - kTagLen, kTagLen);
  // The AAD is the header as sent before protection: the unmasked first byte, the bytes up to
  // the packet number as they are, the unmasked packet number; given in three pieces, no copy.
  int n = 0, outLen = 0, finalLen = 0;
  bool opened = EVP_DecryptInit_ex2(a.ctx, a.gcm, k, nonce, nullptr) == 1 &&
                EVP_DecryptUpdate(a.ctx, nullptr, &n, &first, 1) == 1 &&
                EVP_DecryptUpdate(a.ctx, nullptr, &n, b + p + 1, int(pnOff - p - 1)) == 1 &&
                EVP_DecryptUpdate(a.ctx, nullptr, &n, pn, int(pnLen)) == 1 &&
                EVP_DecryptUpdate(a.ctx, out.Data(), &outLen, b + ctOff, int(ctLen)) == 1 &&
                EVP_CIPHER_CTX_ctrl(a.ctx, EVP_CTRL_AEAD_SET_TAG, int(kTagLen), tag) == 1 &&
                EVP_DecryptFinal_ex(a.ctx, out.Data() + outLen, &finalLen) == 1;
  return Napi::Number::New(env, opened ? double(uint32_t(outLen + finalLen)) : -1);
}

}  // namespace probe
