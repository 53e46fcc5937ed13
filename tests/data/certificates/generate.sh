#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Portico authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the certificate test inputs with the openssl command line (OpenSSL 3). The files are
# committed; run this only to change them, then update tests/engine/tls/ to match. Fixed dates keep the
# tests independent of the day they run: "valid" certificates run from 2025 to 2125, the expired one
# ended in 2021. Passwords and passphrases are "portico-test".
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=portico-test

# A minimal "openssl ca" setup, so certificates can get explicit start and end dates.
ca_conf() {
    cat > "$work/ca.cnf" <<CONF
[ ca ]
default_ca = test_ca
[ test_ca ]
database = $work/index.txt
new_certs_dir = $work
serial = $work/serial
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
[ any ]
commonName = supplied
organizationName = optional
[ root_ext ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ intermediate_ext ]
basicConstraints = critical,CA:TRUE,pathlen:0
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ leaf_ext ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
subjectAltName = \$ENV::SAN
CONF
    : > "$work/index.txt"
    echo 1000 > "$work/serial"
}

# sign NAME CN ISSUER_CERT ISSUER_KEY EXTENSION START END [SAN]
sign() {
    openssl req -new -key "$work/$1.key" -subj "/O=Portico Test/CN=$2" -out "$work/$1.csr" 2>/dev/null
    if [ "$3" = self ]; then
        SAN="${8:-DNS:unused}" openssl ca -batch -config "$work/ca.cnf" -selfsign -keyfile "$work/$1.key" \
            -extensions "$5" -startdate "$6" -enddate "$7" -in "$work/$1.csr" -out "$work/$1.crt" -notext 2>/dev/null
    else
        SAN="${8:-DNS:unused}" openssl ca -batch -config "$work/ca.cnf" -cert "$work/$3.crt" -keyfile "$work/$4.key" \
            -extensions "$5" -startdate "$6" -enddate "$7" -in "$work/$1.csr" -out "$work/$1.crt" -notext 2>/dev/null
    fi
}

ec() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/$1.key"; }
rsa() { openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:"$2" -out "$work/$1.key" 2>/dev/null; }

ca_conf
from=20250101000000Z
to=21250101000000Z

ec root
sign root "Portico Test Root" self root root_ext $from $to
ec intermediate
sign intermediate "Portico Test Intermediate" root root intermediate_ext $from $to
ec leaf
sign leaf "www.example.test" intermediate intermediate leaf_ext $from $to \
    "DNS:www.example.test,DNS:*.apps.example.test,IP:192.0.2.10"
# A second, unrelated CA whose intermediate does not link to the leaf's chain.
ec other-root
sign other-root "Other Test Root" self other-root root_ext $from $to
ec other-intermediate
sign other-intermediate "Other Test Intermediate" other-root other-root intermediate_ext $from $to
# Expired: valid during 2020 only.
ec expired
sign expired "old.example.test" intermediate intermediate leaf_ext 20200101000000Z 20210101000000Z "DNS:old.example.test"
# RSA 2048 self-signed (for the key description) and RSA 1024 (too weak).
rsa rsa 2048
sign rsa "rsa.example.test" self rsa leaf_ext $from $to "DNS:rsa.example.test"
rsa weak 1024
sign weak "weak.example.test" self weak leaf_ext $from $to "DNS:weak.example.test"
# Ed25519 self-signed.
openssl genpkey -algorithm ED25519 -out "$work/ed25519.key"
sign ed25519 "ed25519.example.test" self ed25519 leaf_ext $from $to "DNS:ed25519.example.test"
# DSA: an unsupported key type.
openssl genpkey -genparam -algorithm DSA -pkeyopt dsa_paramgen_bits:2048 -out "$work/dsa.param" 2>/dev/null
openssl genpkey -paramfile "$work/dsa.param" -out "$work/dsa.key"
openssl req -new -x509 -key "$work/dsa.key" -subj "/CN=dsa.example.test" -days 36500 -sha256 -out "$work/dsa.crt"

# The inputs the tests use.
cp "$work/root.crt" root.pem
cp "$work/intermediate.crt" intermediate.pem
# The test CA's key: the request round trip signs a request with it, as a commercial CA would.
cp "$work/intermediate.key" intermediate.key
cp "$work/leaf.crt" leaf.pem
cp "$work/leaf.key" leaf.key
cat "$work/leaf.crt" "$work/intermediate.crt" > chain.pem
cat "$work/intermediate.crt" "$work/leaf.crt" > chain-wrong-order.pem
cat "$work/root.crt" "$work/leaf.crt" "$work/intermediate.crt" > chain-with-root-first.pem
# Key first, then the certificates in the wrong order, all in one file.
cat "$work/leaf.key" "$work/intermediate.crt" "$work/leaf.crt" > combined.pem
cat "$work/leaf.crt" "$work/other-intermediate.crt" > chain-broken.pem
cat "$work/expired.crt" "$work/intermediate.crt" > expired.pem
cp "$work/expired.key" expired.key
cp "$work/rsa.crt" rsa.pem
cp "$work/rsa.key" rsa.key
cp "$work/weak.crt" weak-rsa1024.pem
cp "$work/weak.key" weak-rsa1024.key
cp "$work/ed25519.crt" ed25519.pem
cp "$work/ed25519.key" ed25519.key
cp "$work/dsa.crt" dsa.pem
cp "$work/dsa.key" dsa.key
cp "$work/other-intermediate.key" mismatched.key
openssl pkcs8 -topk8 -in "$work/leaf.key" -v2 aes-256-cbc -passout pass:$pass -out encrypted.key
openssl ec -in "$work/leaf.key" -aes256 -passout pass:$pass -out encrypted-traditional.key 2>/dev/null
openssl pkcs12 -export -inkey "$work/leaf.key" -in "$work/leaf.crt" -certfile "$work/intermediate.crt" \
    -name "www.example.test" -passout pass:$pass -out bundle.p12
openssl pkcs12 -export -legacy -inkey "$work/leaf.key" -in "$work/leaf.crt" -certfile "$work/intermediate.crt" \
    -name "www.example.test" -passout pass:$pass -out legacy.p12
head -c 2048 /dev/urandom > garbage.bin
# PEM armour around something that is not a certificate.
{ echo "-----BEGIN CERTIFICATE-----"; head -c 300 /dev/urandom | base64; echo "-----END CERTIFICATE-----"; } > broken-armour.pem
# A certificate cut off before its END line.
head -n 5 leaf.pem > truncated.pem
# The leaf in DER form (no PEM armour).
openssl x509 -in leaf.pem -outform DER -out leaf.der
