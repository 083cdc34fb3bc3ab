// JS errors with stable codes (PROBE_E_*, see agent/errors.ts), thrown from native code.
#pragma once
#include <napi.h>

#include <string>

namespace probe {

inline Napi::Error CodedError(Napi::Env env, const char* code, const std::string& msg) {
  Napi::Error e = Napi::Error::New(env, msg);
  e.Set("code", Napi::String::New(env, code));
  return e;
}

}  // namespace probe
