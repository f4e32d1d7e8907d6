using System;
using System.Linq;
using System.Text;
using System.Collections.Generic;
using System.Globalization;
class P {
  static void T(string name, Func<object> f) {
    try { var r = f(); Console.WriteLine(name + ": [" + Show(r) + "]"); }
    catch (Exception e) { Console.WriteLine(name + ": " + e.GetType().FullName + ": " + e.Message); }
  }
  static string Show(object r) {
    if (r == null) return "null";
    if (r is string s) return s;
    if (r is System.Collections.IEnumerable en) { var l = new List<string>(); foreach (var x in en) l.Add(Show(x)); return "{" + string.Join(",", l) + "}"; }
    return r is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : r.ToString();
  }
  static void Main() {
    CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
    T("u1", () => string.Join("", "aA1 _-\t\u00e9\u0416\u4e2d\u0660\u2160\u00bd\u00b2\u200b\u00a0\u2028".Select(c => char.IsLetter(c) ? "L" : char.IsDigit(c) ? "D" : char.IsNumber(c) ? "N" : char.IsWhiteSpace(c) ? "W" : char.IsPunctuation(c) ? "P" : char.IsSymbol(c) ? "S" : char.IsControl(c) ? "C" : "?")));
    T("u2", () => string.Join(",", "\u0130\u0131\u017f\u01c5\u1e9e\u00b5\u03c2".Select(c => (int)char.ToUpperInvariant(c) + "/" + (int)char.ToLowerInvariant(c))));
    T("u3", () => string.Join(",", "$+<=>^`|~\u00a9\u00ac\u00b0".Select(c => char.GetUnicodeCategory(c).ToString())));
    T("u4", () => char.IsHighSurrogate('\ud800') + "," + char.IsLowSurrogate("a\udc00", 1) + "," + char.IsLetter("\ud835\udc00", 0) + "," + char.IsLetter('\ud835'));
    T("u5", () => char.ToString('x') + "|" + 'a'.CompareTo('b') + "|" + char.MaxValue.GetHashCode().Equals(char.MaxValue.GetHashCode()) + "|" + char.IsAscii('\u0080') + "|" + char.IsAsciiHexDigit('f'));
    T("u6", () => "\u00e9".Normalize(NormalizationForm.FormD).Length + "|" + "e\u0301".Normalize().Length + "|" + "e\u0301".IsNormalized());
    T("u7", () => new string(new[] { 'a', 'b' }, 1, 1) + "|" + new string('z', 2) + "|" + string.Concat("a".AsSpan(), "b".AsSpan()));
    T("u8", () => "ABC".ToLower(CultureInfo.InvariantCulture) + "|" + "hello world".Split(' ').Select(w => char.ToUpper(w[0]) + w[1..]).Aggregate((a, b) => a + " " + b));
    T("u9", () => Encoding.UTF8.GetBytes("h\u00e9\u4e2d\ud83d\ude00").Length + "|" + Encoding.UTF8.GetString(new byte[] { 0x68, 0xc3, 0xa9 }) + "|" + Encoding.UTF8.GetString(new byte[] { 0xff, 0x41 }).Length);
    T("u10", () => Encoding.ASCII.GetString(Encoding.ASCII.GetBytes("h\u00e9")) + "|" + Encoding.Unicode.GetByteCount("ab") + "|" + Encoding.UTF8.GetByteCount("\ud800"));
    T("u11", () => "a\tb".Contains('\t') + "|" + "abc".AsSpan().IndexOfAny('c', 'b') + "|" + "xyz".AsSpan().SequenceEqual("xyz") + "|" + "abc".AsSpan().StartsWith("ab"));
    T("u12", () => string.Compare("abc", 1, "xbc", 1, 2) + "|" + string.Compare("ab", "abc", StringComparison.Ordinal) + "|" + string.CompareOrdinal("\u00e9", "f"));
    T("u13", () => "abc".GetHashCode() == "abc".GetHashCode() ? "same" : "diff");
    T("u14", () => string.Join(",", "The quick brown".Split(' ').OrderBy(w => w.Length).ThenByDescending(w => w, StringComparer.Ordinal)));
    T("u15", () => "a,b;c".Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries).Length + "|" + "abc".Split(new char[0]).Length + "|" + " a  b ".Split(null as char[], StringSplitOptions.RemoveEmptyEntries).Length);
    T("u16", () => "aXbXc".Split('X', 1)[0] + "|" + "aXbXc".Split("X", 2, StringSplitOptions.None)[1] + "|" + "ab".Split("", StringSplitOptions.RemoveEmptyEntries).Length);
    T("u17", () => string.Join("|", "  a , ,b  ".Split(',', StringSplitOptions.TrimEntries)));
    T("u18", () => "abc".Trim(null) + "|" + "  abc".TrimStart(new char[0]) + "|" + "xxabcxx".Trim("x".ToCharArray()) + "|" + "abc".TrimEnd('c', 'b'));
    T("u19", () => "abc".Insert(0, "") + "|" + "abc".Remove(0, 0) + "|" + "abc".Replace("abc", null) + "|" + "abc".Substring(3, 0).Length);
    T("u21", () => { var s = "x\ud800y" + new string('a', 70) + "\udc00"; return (int)s[1] + "," + (int)s[s.Length - 1] + "," + (int)s.ToUpperInvariant()[1] + "," + (int)(s + "b").Substring(70)[2] + "," + s.Replace("a", "").Length; });
    T("u22", () => { const string c = "\udfff"; return (int)c[0]; });
    T("u20", () => "Hello".Remove(-1));
  }
}
