#!/bin/sh
# Checks the files in packaging/ with the tools a distribution checks them with, and that
# they agree with each other: desktop-file-validate, appstreamcli validate --no-net,
# update-mime-database (no warnings), one application id, the same MIME types everywhere,
# the icon at each size. Usage: validate.sh PACKAGING_DIR APP_ID
set -eu
dir="$1"
appid="$2"
desktop="$dir/$appid.desktop"
metainfo="$dir/$appid.metainfo.xml"
mime="$dir/$appid.mime.xml"
status=0
fail() { echo "FAIL: $*"; status=1; }

for tool in desktop-file-validate appstreamcli update-mime-database file gio; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/deps.sh test packages)"; exit 1; }
done

echo "== desktop-file-validate"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"

echo "== update-mime-database"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp "$mime" "$tmp/mime/packages/$appid.xml"
XDG_DATA_DIRS="$tmp" XDG_DATA_HOME="$tmp" update-mime-database "$tmp/mime" >"$tmp/out" 2>&1 || fail "update-mime-database"
if [ -s "$tmp/out" ]; then cat "$tmp/out"; fail "update-mime-database warned"; fi
for type in application/x-openbadge+json application/jwt application/jose; do
    [ -f "$tmp/mime/$type.xml" ] || fail "update-mime-database did not define $type"
done

# What a GIO file manager (Nautilus, Nemo, Thunar) and xdg-mime on GNOME see, over the
# system database plus ours: badges named *.json are ours by content, other JSON is not.
echo "== gio"
cp /usr/share/mime/packages/freedesktop.org.xml "$tmp/mime/packages/"
XDG_DATA_DIRS="$tmp" XDG_DATA_HOME="$tmp" update-mime-database "$tmp/mime" >/dev/null 2>&1 || fail "update-mime-database with the system types"
data="$(cd "$dir/../tests/data" && pwd)"
mkdir -p "$tmp/files"
check_type() { # source name expected
    cp "$data/$1" "$tmp/files/$2"
    got="$(XDG_DATA_DIRS="$tmp" XDG_DATA_HOME="$tmp/none" gio info -a standard::content-type "$tmp/files/$2" | sed -n 's/.*standard::content-type: //p')"
    [ "$got" = "$3" ] && echo "ok $2: $got" || fail "$2 is $got, not $3"
}
check_type verify/ob3-spec/ob3-signed-credential.json credential.json application/x-openbadge+json
check_type containers/ob2-assertion.json assertion.json application/x-openbadge+json
check_type verify/badges/clr-valid.json clr.json application/x-openbadge+json
check_type verify/badges/jwt-eddsa-valid.jwt credential.jwt application/jwt
check_type verify/badges/ob2-signed-valid.jws assertion.jws application/jose
check_type catalog/good-small.json catalog.json application/json
check_type containers/array.json array.json application/json
check_type verify/badges/baked-png-di-valid.png badge.png image/png
check_type verify/badges/baked-svg-di-valid.svg badge.svg image/svg+xml

echo "== one id, the same types everywhere"
grep -qx "Icon=$appid" "$desktop" || fail "the desktop entry's Icon is not $appid"
grep -q "<id>$appid</id>" "$metainfo" || fail "the metainfo id is not $appid"
grep -q "<launchable type=\"desktop-id\">$appid.desktop</launchable>" "$metainfo" || fail "launchable"
types_mime="$(sed -n 's/.*<mime-type type="\([^"]*\)".*/\1/p' "$mime" | sort)"
types_desktop="$(sed -n 's/^MimeType=//p' "$desktop" | tr ';' '\n' | sed '/^$/d' | sort)"
types_metainfo="$(sed -n 's/.*<mediatype>\([^<]*\)<\/mediatype>.*/\1/p' "$metainfo" | sort)"
[ "$types_mime" = "$types_desktop" ] || fail "MimeType= in the desktop entry differs from the MIME package"
[ "$types_mime" = "$types_metainfo" ] || fail "provides/mediatype in the metainfo differs from the MIME package"
if echo "$types_desktop" | grep -Eq '^(image/|application/json$|text/plain$)'; then
    fail "the desktop entry claims a generic type"
fi

echo "== icons"
[ -f "$dir/icons/$appid.svg" ] || fail "no scalable icon"
for size in 16 24 32 48 64 128 256 512; do
    png="$dir/icons/hicolor/${size}x${size}/apps/$appid.png"
    file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a $size px PNG"
done

[ "$status" -eq 0 ] && echo "packaging files: all checks passed"
exit "$status"
