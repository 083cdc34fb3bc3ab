{
  "targets": [
    {
      "target_name": "probe_capture",
      "sources": ["native/addon.cc", "native/capture.cc", "native/flow_hash.cc", "native/pcap_file.cc", "native/sha1.cc", "native/quic_initial.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      # libpcap from the distribution (Debian: libpcap-dev); 1.10 for pcapng and SLL2.
      "libraries": ["-lpcap"],
      # native/quic_initial.cc calls the OpenSSL inside the node binary (NodeSource and nodejs.org
      # builds link it statically and export its symbols; node-gyp puts its headers,
      # <nodedir>/include/node/openssl, on the include path): nothing to link, no libssl-dev.
      "defines": [
        # N-API 8 is what Node 20 provides; the addon is ABI-stable across Node majors.
        "NAPI_VERSION=8",
        # We throw JS errors with stable codes from C++ (PROBE_E_*), so C++ exceptions are on.
        "NAPI_CPP_EXCEPTIONS"
      ],
      "cflags_cc!": ["-fno-exceptions"],
      "cflags_cc": [
        "-std=c++17",
        # The per-packet path (Push, ShardHash) and the per-record hash (Sha1Short8) are the hottest code we have.
        "-O3",
        # Keep our symbols private so they cannot clash with another addon's.
        "-fvisibility=hidden",
        "-Wall", "-Wextra"
      ]
    }
  ]
}
