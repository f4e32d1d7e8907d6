using System.Text;

namespace System
{
    public enum UriKind { RelativeOrAbsolute = 0, Absolute = 1, Relative = 2 }
    public enum UriPartial { Scheme = 0, Authority = 1, Path = 2, Query = 3 }
    public enum UriHostNameType { Unknown = 0, Basic = 1, Dns = 2, IPv4 = 3, IPv6 = 4 }

    public class UriFormatException : FormatException
    {
        public UriFormatException() : base("Invalid URI: The format of the URI could not be determined.") { }
        public UriFormatException(string textString) : base(textString) { }
        public UriFormatException(string textString, Exception e) : base(textString, e) { }
    }

    /// <summary>
    /// RFC 3986 URIs, the common subset of System.Uri: scheme, user info, host (lower-cased),
    /// port (default ports elided), path (dot segments removed, escaped), query and fragment.
    /// </summary>
    public class Uri : IEquatable<Uri>
    {
        public static readonly string UriSchemeHttp = "http";
        public static readonly string UriSchemeHttps = "https";
        public static readonly string UriSchemeFtp = "ftp";
        public static readonly string UriSchemeFile = "file";
        public static readonly string UriSchemeMailto = "mailto";
        public static readonly string UriSchemeWs = "ws";
        public static readonly string UriSchemeWss = "wss";
        public static readonly string SchemeDelimiter = "://";

        private readonly string _original;
        private readonly bool _absolute;
        private string _scheme = "";
        private string _userInfo = "";
        private string _host = "";
        private int _port = -1;
        private bool _hasAuthority;
        private string _path = "";
        private string _query = "";
        private string _fragment = "";

        public Uri(string uriString) : this(uriString, UriKind.Absolute) { }
        public Uri(string uriString, UriKind uriKind)
        {
            if (uriString == null) throw new ArgumentNullException(nameof(uriString));
            if (uriKind < UriKind.RelativeOrAbsolute || uriKind > UriKind.Relative)
                throw new ArgumentException("The value '" + ((int)uriKind).ToString() + "' passed for the UriKind parameter is invalid.", nameof(uriKind));
            _original = uriString;
            string s = uriString.Trim();
            bool parsed = uriKind != UriKind.Relative && ParseAbsolute(s);
            if (parsed) { _absolute = true; return; }
            if (uriKind == UriKind.Absolute)
                throw new UriFormatException(s.Length == 0 ? "Invalid URI: The URI is empty." : "Invalid URI: The format of the URI could not be determined.");
            if (uriKind == UriKind.Relative && HasScheme(s) && ParseAbsolute(s))
                throw new UriFormatException("Invalid URI: The format of the URI could not be determined.");
            _absolute = false;
        }
        public Uri(Uri baseUri, string relativeUri)
        {
            if (baseUri == null) throw new ArgumentNullException(nameof(baseUri));
            if (!baseUri._absolute) throw new InvalidOperationException("This operation is not supported for a relative URI.");
            string rel = relativeUri ?? "";
            _original = rel;
            if (HasScheme(rel) && ParseAbsolute(rel)) { _absolute = true; return; }
            _absolute = true;
            _scheme = baseUri._scheme; _userInfo = baseUri._userInfo; _host = baseUri._host; _port = baseUri._port; _hasAuthority = baseUri._hasAuthority;
            string path, query = "", fragment = "";
            int hash = rel.IndexOf('#');
            if (hash >= 0) { fragment = rel.Substring(hash); rel = rel.Substring(0, hash); }
            int q = rel.IndexOf('?');
            if (q >= 0) { query = rel.Substring(q); rel = rel.Substring(0, q); }
            if (rel.StartsWith("//"))
            {
                ParseAbsolute(_scheme + ":" + relativeUri);
                return;
            }
            if (rel.Length == 0)
            {
                path = baseUri._path;
                if (query.Length == 0) query = baseUri._query;
            }
            else if (rel[0] == '/') path = rel;
            else
            {
                int slash = baseUri._path.LastIndexOf('/');
                path = (slash >= 0 ? baseUri._path.Substring(0, slash + 1) : "/") + rel;
            }
            _path = EscapePath(RemoveDotSegments(path));
            _query = EscapeOther(query);
            _fragment = EscapeOther(fragment);
        }
        public Uri(Uri baseUri, Uri relativeUri) : this(baseUri, relativeUri?.OriginalString) { }

        private static bool HasScheme(string s)
        {
            int colon = s.IndexOf(':');
            if (colon < 2) return false; // a drive letter or nothing
            if (!char.IsAsciiLetter(s[0])) return false;
            for (int i = 1; i < colon; i++)
            {
                char c = s[i];
                if (!char.IsAsciiLetterOrDigit(c) && c != '+' && c != '-' && c != '.') return false;
            }
            return true;
        }

        private bool ParseAbsolute(string s)
        {
            if (!HasScheme(s)) return false;
            int colon = s.IndexOf(':');
            _scheme = s.Substring(0, colon).ToLowerInvariant();
            string rest = s.Substring(colon + 1);
            int hash = rest.IndexOf('#');
            if (hash >= 0) { _fragment = EscapeOther(rest.Substring(hash)); rest = rest.Substring(0, hash); }
            int q = rest.IndexOf('?');
            if (q >= 0) { _query = EscapeOther(rest.Substring(q)); rest = rest.Substring(0, q); }
            if (rest.StartsWith("//"))
            {
                _hasAuthority = true;
                rest = rest.Substring(2);
                int end = rest.IndexOf('/');
                string authority = end >= 0 ? rest.Substring(0, end) : rest;
                rest = end >= 0 ? rest.Substring(end) : "";
                int at = authority.LastIndexOf('@');
                if (at >= 0) { _userInfo = authority.Substring(0, at); authority = authority.Substring(at + 1); }
                int portColon = authority.LastIndexOf(':');
                if (portColon >= 0 && authority.IndexOf(']', portColon) < 0)
                {
                    string p = authority.Substring(portColon + 1);
                    authority = authority.Substring(0, portColon);
                    if (p.Length > 0)
                    {
                        int port = 0;
                        foreach (char c in p)
                        {
                            if (c < '0' || c > '9') throw new UriFormatException("Invalid URI: Invalid port specified.");
                            port = port * 10 + (c - '0');
                            if (port > 65535) throw new UriFormatException("Invalid URI: Invalid port specified.");
                        }
                        _port = port;
                    }
                }
                if (authority.Length == 0 && _scheme != "file") throw new UriFormatException("Invalid URI: The hostname could not be parsed.");
                _host = authority.ToLowerInvariant();
                if (_port < 0) _port = DefaultPort(_scheme);
                _path = EscapePath(RemoveDotSegments(rest.Length == 0 ? "/" : rest));
            }
            else
            {
                _port = DefaultPort(_scheme);
                _path = EscapePath(rest);
            }
            return true;
        }

        private static int DefaultPort(string scheme)
        {
            switch (scheme)
            {
                case "http": case "ws": return 80;
                case "https": case "wss": return 443;
                case "ftp": return 21;
                case "gopher": return 70;
                case "nntp": case "news": return 119;
                case "telnet": return 23;
                case "ldap": return 389;
                case "mailto": return 25;
                default: return -1;
            }
        }

        private static string RemoveDotSegments(string path)
        {
            if (path.IndexOf('.') < 0) return path;
            string[] parts = path.Split('/');
            var output = new System.Collections.Generic.List<string>();
            for (int i = 0; i < parts.Length; i++)
            {
                string seg = parts[i];
                bool last = i == parts.Length - 1;
                if (seg == ".") { if (last) output.Add(""); continue; }
                if (seg == "..")
                {
                    if (output.Count > 1) output.RemoveAt(output.Count - 1);
                    if (last) output.Add("");
                    continue;
                }
                output.Add(seg);
            }
            string r = string.Join("/", output);
            return r.Length == 0 || r[0] != '/' ? "/" + r : r;
        }

        private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~';
        private static bool IsReservedOrUnreserved(char c) => IsUnreserved(c) || "!#$&'()*+,/:;=?@[]%".IndexOf(c) >= 0;

        private static string EscapePath(string s) => Escape(s, false);
        private static string EscapeOther(string s) => Escape(s, false);
        private static string Escape(string s, bool all)
        {
            StringBuilder sb = null;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                bool keep = all ? IsUnreserved(c) : IsReservedOrUnreserved(c) && c != '\\';
                if (c == '\\' && !all) { (sb ??= new StringBuilder(s.Substring(0, i))).Append('/'); continue; }
                if (keep) { sb?.Append(c); continue; }
                sb ??= new StringBuilder(s.Substring(0, i));
                byte[] bytes = Encoding.UTF8.GetBytes(c.ToString());
                if (char.IsHighSurrogate(c) && i + 1 < s.Length) { bytes = Encoding.UTF8.GetBytes(s.Substring(i, 2)); i++; }
                foreach (byte b in bytes) { sb.Append('%'); sb.Append("0123456789ABCDEF"[b >> 4]); sb.Append("0123456789ABCDEF"[b & 15]); }
            }
            return sb == null ? s : sb.ToString();
        }

        public static string EscapeDataString(string stringToEscape)
        {
            if (stringToEscape == null) throw new ArgumentNullException(nameof(stringToEscape));
            return Escape(stringToEscape, true);
        }
        public static string EscapeUriString(string stringToEscape)
        {
            if (stringToEscape == null) throw new ArgumentNullException(nameof(stringToEscape));
            return Escape(stringToEscape, false);
        }
        public static string UnescapeDataString(string stringToUnescape)
        {
            if (stringToUnescape == null) throw new ArgumentNullException(nameof(stringToUnescape));
            if (stringToUnescape.IndexOf('%') < 0) return stringToUnescape;
            var bytes = new System.Collections.Generic.List<byte>();
            var sb = new StringBuilder();
            int i = 0;
            string s = stringToUnescape;
            while (i < s.Length)
            {
                if (s[i] == '%' && i + 2 < s.Length && IsHex(s[i + 1]) && IsHex(s[i + 2]))
                {
                    bytes.Add((byte)((HexVal(s[i + 1]) << 4) | HexVal(s[i + 2])));
                    i += 3;
                    continue;
                }
                if (bytes.Count > 0) { sb.Append(Encoding.UTF8.GetString(bytes.ToArray())); bytes.Clear(); }
                sb.Append(s[i++]);
            }
            if (bytes.Count > 0) sb.Append(Encoding.UTF8.GetString(bytes.ToArray()));
            return sb.ToString();
        }
        private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
        private static int HexVal(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

        private void RequireAbsolute()
        {
            if (!_absolute) throw new InvalidOperationException("This operation is not supported for a relative URI.");
        }

        public bool IsAbsoluteUri => _absolute;
        public string OriginalString => _original;
        public string Scheme { get { RequireAbsolute(); return _scheme; } }
        public string Host { get { RequireAbsolute(); return _host; } }
        public string DnsSafeHost => Host;
        public string IdnHost => Host;
        public int Port { get { RequireAbsolute(); return _port; } }
        public bool IsDefaultPort { get { RequireAbsolute(); return _port == DefaultPort(_scheme); } }
        public string UserInfo { get { RequireAbsolute(); return _userInfo; } }
        public string AbsolutePath { get { RequireAbsolute(); return _path; } }
        public string Query { get { RequireAbsolute(); return _query; } }
        public string Fragment { get { RequireAbsolute(); return _fragment; } }
        public string PathAndQuery { get { RequireAbsolute(); return _path + _query; } }
        public string LocalPath { get { RequireAbsolute(); return UnescapeDataString(_path); } }
        public bool IsFile { get { RequireAbsolute(); return _scheme == "file"; } }
        public bool IsLoopback { get { RequireAbsolute(); return _host == "localhost" || _host == "127.0.0.1" || _host == "[::1]"; } }
        public bool UserEscaped => false;
        public UriHostNameType HostNameType
        {
            get
            {
                RequireAbsolute();
                if (_host.Length == 0) return UriHostNameType.Basic;
                if (_host[0] == '[') return UriHostNameType.IPv6;
                bool ipv4 = true;
                foreach (char c in _host) if (!(c == '.' || (c >= '0' && c <= '9'))) ipv4 = false;
                return ipv4 ? UriHostNameType.IPv4 : UriHostNameType.Dns;
            }
        }
        public string Authority
        {
            get
            {
                RequireAbsolute();
                return IsDefaultPort || _port < 0 ? _host : _host + ":" + _port.ToString();
            }
        }
        public string[] Segments
        {
            get
            {
                RequireAbsolute();
                var list = new System.Collections.Generic.List<string>();
                int start = 0;
                for (int i = 0; i < _path.Length; i++)
                    if (_path[i] == '/') { list.Add(_path.Substring(start, i + 1 - start)); start = i + 1; }
                if (start < _path.Length) list.Add(_path.Substring(start));
                return list.ToArray();
            }
        }
        public string AbsoluteUri { get { RequireAbsolute(); return GetLeftPart(UriPartial.Query) + _fragment; } }

        public string GetLeftPart(UriPartial part)
        {
            RequireAbsolute();
            var sb = new StringBuilder();
            sb.Append(_scheme).Append(':');
            if (_hasAuthority)
            {
                sb.Append("//");
                if (part == UriPartial.Scheme) return sb.ToString();
                if (_userInfo.Length > 0) sb.Append(_userInfo).Append('@');
                sb.Append(_host);
                if (_port >= 0 && _port != DefaultPort(_scheme)) sb.Append(':').Append(_port);
            }
            else if (part == UriPartial.Scheme) return sb.ToString();
            if (part == UriPartial.Authority) return sb.ToString();
            sb.Append(_path);
            if (part == UriPartial.Query) sb.Append(_query);
            return sb.ToString();
        }

        public static bool TryCreate(string uriString, UriKind uriKind, out Uri result)
        {
            result = null;
            if (uriString == null) return false;
            try { result = new Uri(uriString, uriKind); return true; }
            catch (UriFormatException) { return false; }
        }
        public static bool TryCreate(Uri baseUri, string relativeUri, out Uri result)
        {
            result = null;
            if (baseUri == null || !baseUri._absolute) return false;
            try { result = new Uri(baseUri, relativeUri); return true; }
            catch (UriFormatException) { return false; }
        }
        public static bool IsWellFormedUriString(string uriString, UriKind uriKind)
        {
            if (uriString == null || uriString.IndexOf(' ') >= 0) return false;
            return TryCreate(uriString, uriKind, out _);
        }
        public static bool CheckSchemeName(string schemeName) => schemeName != null && schemeName.Length > 0 && HasScheme(schemeName + ":x") && schemeName.IndexOf(':') < 0;

        public override string ToString() => _absolute ? UnescapeForDisplay(AbsoluteUri) : _original;
        private static string UnescapeForDisplay(string s)
        {
            // ToString shows escaped spaces and non-ASCII characters unescaped, as .NET does.
            if (s.IndexOf('%') < 0) return s;
            var sb = new StringBuilder();
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] == '%' && i + 2 < s.Length && s[i + 1] == '2' && s[i + 2] == '0') { sb.Append(' '); i += 2; }
                else sb.Append(s[i]);
            }
            return sb.ToString();
        }
        public override bool Equals(object comparand)
        {
            if (comparand is string s) return TryCreate(s, UriKind.RelativeOrAbsolute, out Uri u) && Equals(u);
            return Equals(comparand as Uri);
        }
        public bool Equals(Uri other)
        {
            if (other is null) return false;
            if (_absolute != other._absolute) return false;
            if (!_absolute) return _original == other._original;
            return GetLeftPart(UriPartial.Query) == other.GetLeftPart(UriPartial.Query);
        }
        public override int GetHashCode() => _absolute ? GetLeftPart(UriPartial.Query).GetHashCode() : _original.GetHashCode();
        public static bool operator ==(Uri uri1, Uri uri2) => uri1 is null ? uri2 is null : uri1.Equals(uri2);
        public static bool operator !=(Uri uri1, Uri uri2) => !(uri1 == uri2);

        public Uri MakeRelativeUri(Uri uri)
        {
            if (uri == null) throw new ArgumentNullException(nameof(uri));
            RequireAbsolute();
            if (_scheme != uri._scheme || _host != uri._host || _port != uri._port) return uri;
            string[] a = Segments, b = uri.Segments;
            int common = 0;
            while (common < a.Length - 1 && common < b.Length && a[common] == b[common]) common++;
            var sb = new StringBuilder();
            for (int i = common; i < a.Length - 1; i++) sb.Append("../");
            for (int i = common; i < b.Length; i++) sb.Append(b[i]);
            sb.Append(uri._query).Append(uri._fragment);
            return new Uri(sb.ToString(), UriKind.Relative);
        }
    }
}
