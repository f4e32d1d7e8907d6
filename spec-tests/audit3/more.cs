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
    var ic = CultureInfo.InvariantCulture;
    T("f1", () => 1234.5678.ToString("#,0.##", ic));
    T("f2", () => 0.0.ToString("0.0;-0.0;zero", ic));
    T("f3", () => (-0.04).ToString("0.0;(0.0)", ic));
    T("f4", () => 123.ToString("00000.00", ic));
    T("f5", () => 1234.ToString("0,0.0", ic));
    T("f6", () => 0.5.ToString("%#", ic));
    T("f7", () => 12.ToString("X", ic) + 12.ToString("x4", ic));
    T("f8", () => 1.23e-5.ToString("F10", ic));
    T("f9", () => 123456789.123.ToString("E10", ic));
    T("f10", () => 1.5.ToString("G0", ic) + "|" + 1e20.ToString("G", ic) + "|" + 1e14.ToString("N", ic));
    T("f11", () => (-1.5).ToString("C2", ic) + "|" + 0.0.ToString("C", ic));
    T("f12", () => 3.0f.ToString("R", ic) + "|" + 1.0e10f.ToString(ic) + "|" + 123456.7f.ToString(ic));
    T("f13", () => 0.3f.ToString("G17", ic) + "|" + ((double)0.3f).ToString(ic));
    T("f14", () => 12345.6789m.ToString("F2", ic) + "|" + 0.5m.ToString("F0", ic) + "|" + 1.5m.ToString("F0", ic) + "|" + 2.5m.ToString("F0", ic));
    T("f15", () => 1e-5m.ToString(ic) + "|" + 100m.ToString("E", ic) + "|" + (1.0m * 1.00m).ToString(ic));
    T("f16", () => 255.ToString("0x00", ic) + "|" + (-5).ToString("00;neg00", ic));
    T("f17", () => 5.ToString("#;-#;''", ic) + "|" + 0.ToString("#;-#;''", ic) + "|");
    T("f18", () => 1234567.891.ToString("#,##0.00,K", ic));
    T("f19", () => 0.000001234.ToString(ic) + "|" + 123456789012.0.ToString(ic) + "|" + 1.0E+15.ToString("R", ic));
    T("f20", () => double.MinValue.ToString("E3", ic) + "|" + float.MinValue.ToString("G", ic));
    T("f21", () => Math.PI.ToString("N5", ic) + "|" + Math.E.ToString("P3", ic));
    T("f22", () => 1.0.ToString("0.##E+0", ic) + "|" + 0.0.ToString("0.0E-0", ic) + "|" + 1234.0.ToString("##E0", ic));
    T("f23", () => long.MaxValue.ToString("N0", ic) + "|" + int.MaxValue.ToString("E2", ic));
    T("f24", () => ((sbyte)-1).ToString("x2", ic) + "|" + ((ushort)65535).ToString("D7", ic));
    T("f25", () => string.Format(ic, "{0:P}|{1:N}|{2:E1}|{3:G3}", 0.5f, 1.5m, 7, 1234));
    T("f26", () => $"{1.23456:0.##}|{-1,3}|{true,6}|{'c',-3}|{null,2}|");
    T("f27", () => double.NaN.ToString("F2", ic) + "|" + double.PositiveInfinity.ToString("N", ic) + "|" + float.NaN.ToString("0.0", ic));
    T("f28", () => 1.5.ToString("E+0", ic) + "|" + 15.0.ToString("0e0", ic));
    T("f29", () => 9.995.ToString("F2", ic) + "|" + 1.005.ToString("F2", ic) + "|" + 0.125.ToString("F2", ic) + "|" + 0.375.ToString("F2", ic));
    T("f30", () => 1e23.ToString(ic) + "|" + 9007199254740993.0.ToString(ic) + "|" + 5e-324.ToString("E", ic));
    T("s1", () => "Hello World".Split(' ', StringSplitOptions.None).Reverse());
    T("s2", () => string.Join("|", "a\r\nb\nc\rd".Split(new[] { "\r\n", "\n", "\r" }, StringSplitOptions.None)));
    T("s3", () => "abc".AsSpan(1).ToString() + "|" + "abcdef"[1..^1] + "|" + "abc"[^1]);
    T("s4", () => "abc"[1..5]);
    T("s5", () => "ab".Equals("AB", StringComparison.InvariantCultureIgnoreCase) + "," + "a".CompareTo("A") + "," + string.Compare("a", "A") + "," + string.Compare("a", "b"));
    T("s6", () => new[] { "b", "A", "a", "B", "_", "1" }.OrderBy(x => x).ToArray());
    T("s7", () => new[] { "b", "A", "a", "B", "_", "1" }.OrderBy(x => x, StringComparer.Ordinal).ToArray());
    T("s8", () => new[] { "b", "A", "a", "B" }.OrderBy(x => x, StringComparer.OrdinalIgnoreCase).ToArray());
    T("s9", () => "  x  ".TrimStart().Length + "," + "x".PadRight(3, '.') + "," + "abc".Reverse().Aggregate("", (a, c) => a + c));
    T("s10", () => "Mississippi".Replace("ss", "SS").Count(c => c == 'S') + "," + "Mississippi".LastIndexOf("ss") + "," + "Mississippi".IndexOf("ss", 3));
    T("s11", () => "a-b_c d".Split(new[] { '-', '_', ' ' }, 3));
    T("s12", () => string.Concat(Enumerable.Repeat("ab", 3)) + "|" + string.Join(", ", new List<int> { 1, 2 }));
    T("s13", () => "Title Case".ToUpper() + "|" + "ÄÖÜ".ToLowerInvariant() + "|" + "ǈ".ToUpperInvariant() + "ǈ".ToLowerInvariant());
    T("s14", () => "abc".IndexOf('b', 0, 1) + "," + "abc".LastIndexOf('b', 0) + "," + "abc".LastIndexOf("c", 1));
    T("s15", () => "abc".LastIndexOf('a', 5));
    T("s16", () => "".LastIndexOf("") + "," + "".IndexOf("") + "," + "abc".LastIndexOf("", 1));
    T("s17", () => "abc".StartsWith("AB", StringComparison.OrdinalIgnoreCase) + "," + "abc".EndsWith("BC", true, ic));
    T("s18", () => new StringBuilder("x").Insert(0, "ab", 3).ToString() + "|" + new StringBuilder("abc").Replace("b", "bb").Replace("bb", "b").ToString());
    T("s19", () => new StringBuilder("abc").Remove(-1, 1));
    T("s20", () => new StringBuilder("abc").Insert(-1, "x"));
    T("s21", () => new StringBuilder().Append("abc", 2, 5));
    T("s22", () => new StringBuilder().AppendFormat("{0:D3}-{1,-3}-{2,3:X}", 5, "a", 255).ToString());
    T("s23", () => new StringBuilder("hello").Replace("l", "L", 3, 2).ToString() + "|" + new StringBuilder("abc").Equals((StringBuilder)null));
    T("s24", () => new StringBuilder("abc").Replace("b", "x", 1, 5));
    T("c1", () => { var d = new Dictionary<string, int>(); d["a"] = 1; d["b"] = 2; d["c"] = 3; d.Remove("a"); d.Remove("c"); d["d"] = 4; d["a"] = 5; d["e"] = 6; return string.Join(",", d.Select(p => p.Key + p.Value)); });
    T("c2", () => { var d = new Dictionary<int, int>(); for (int i = 0; i < 4; i++) d[i] = i; d.Clear(); d[9] = 9; d[3] = 3; return string.Join(",", d.Keys); });
    T("c3", () => { var d = new Dictionary<int, int> { { 1, 1 }, { 2, 2 }, { 3, 3 } }; d.Remove(2); d.TrimExcess(); d[4] = 4; return string.Join(",", d.Keys); });
    T("c4", () => { var d = new Dictionary<int, int> { { 1, 1 }, { 2, 2 }, { 3, 3 } }; d.Remove(1); d.EnsureCapacity(100); d[4] = 4; return string.Join(",", d.Keys); });
    T("c5", () => { var h = new HashSet<int> { 1, 2, 3 }; h.Remove(2); h.TrimExcess(); h.Add(7); h.UnionWith(new[] { 2, 8 }); return string.Join(",", h); });
    T("c6", () => { var h = new HashSet<int> { 1, 2, 3, 4 }; h.ExceptWith(new HashSet<int> { 1, 3 }); h.Add(9); h.Add(10); return string.Join(",", h); });
    T("c7", () => { var h = new HashSet<int> { 1, 2, 3, 4 }; h.IntersectWith(new HashSet<int> { 4, 2 }); h.Add(9); h.Add(10); return string.Join(",", h); });
    T("c8", () => { var h = new HashSet<int> { 1, 2, 3 }; h.SymmetricExceptWith(new HashSet<int> { 2, 4 }); h.Add(5); return string.Join(",", h); });
    T("c9", () => new[] { 3, 1, 2 }.ToHashSet().Order().ToList());
    T("c10", () => { var l = new List<int> { 5, 1, 4 }; l.Sort(1, 2, null); return l; });
    T("c11", () => { var l = new List<int> { 1, 2 }; var e = l.GetEnumerator(); e.MoveNext(); l.Add(3); return e.MoveNext(); });
    T("c12", () => { var l = new List<int> { 1, 2 }; l.RemoveAt(2); return l; });
    T("c13", () => { var l = new List<int> { 1, 2 }; l.Insert(3, 0); return l; });
    T("c14", () => { var l = new List<int> { 1, 2 }; return l.GetRange(1, 2); });
    T("c15", () => { var q = new Queue<int>(); for (int i = 0; i < 5; i++) q.Enqueue(i); q.Dequeue(); q.Dequeue(); q.Enqueue(9); return string.Join(",", q.ToArray()) + "," + q.Contains(9); });
    T("c16", () => new SortedSet<string>(StringComparer.OrdinalIgnoreCase) { "b", "A", "a" });
    T("c17", () => { var s = new SortedDictionary<int, string> { { 2, "b" } }; return s.TryGetValue(3, out var v) + "," + (v == null) + "," + s.ContainsValue("b"); });
    T("c18", () => new int[] { 1, 2, 3 }.Skip(5).Any() + "," + new int[] { 4, 5 }.Take(-1).Count() + "," + new[] { 1, 2, 3, 4 }.Take(1..3).Sum());
    T("c19", () => new[] { 1, 2, 3 }.Aggregate(10, (a, b) => a - b));
    T("c20", () => new[] { "apple", "avocado", "banana", "blueberry", "cherry" }.GroupBy(s => s[0], s => s.Length).Select(g => g.Key + "=" + g.Sum()));
    T("c21", () => new[] { 1, 2, 3, 4, 5 }.Where((x, i) => i % 2 == 0).Select(x => x * 10).Last());
    T("c22", () => new[] { 1, 2, 3 }.Zip(new[] { 4, 5, 6 }, new[] { 7, 8 }).Select(t => t.First + t.Second + t.Third));
    T("c23", () => new int[0].Min());
    T("c24", () => new string[0].Max() == null);
    T("c25", () => new[] { 1.0, double.NaN, 2.0 }.Max() + "," + new[] { 1.0, double.NaN }.Min());
    T("c26", () => new[] { 2, 4 }.Average(x => x / 3));
    T("c27", () => new int[] { }.LastOrDefault(-1) + "," + new[] { 1, 2 }.FirstOrDefault(x => x > 5, 42));
    T("c28", () => Enumerable.Range(1, 10).Chunk(4).Last().Length + "," + Enumerable.Range(1, 3).Chunk(0).Count());
    T("c29", () => new[] { "a", "b" }.ElementAtOrDefault(^1) + new[] { "a", "b" }.ElementAt(^2));
    T("c30", () => new[] { 1, 2, 3, 4 }.SkipWhile(x => x < 3).Concat(new[] { 1, 2, 3 }.TakeWhile((x, i) => i < 2)));
    T("c31", () => new[] { 3, 1, 2 }.OrderDescending().ThenBy(x => x).First());
    T("c32", () => new[] { (1, 'a'), (2, 'b') }.ToDictionary().Count);
    T("c33", () => new List<int> { 1, 2, 3 }.Select(x => x).ToList().IndexOf(3) + "," + new[] { 1, 2 }.Append(3).Prepend(0).Count());
    T("c34", () => new[] { "b", "a" }.ToLookup(s => s.Length).First().Count() + "," + new[] { 1 }.Cast<long>().First());
    T("c35", () => new int[0].First(x => x > 0));
    T("c36", () => new[] { 1, 2, 3 }.Sum(x => (long)x * int.MaxValue));
    T("c37", () => new[] { int.MaxValue, int.MaxValue }.Sum());
    T("c38", () => new[] { 1, 2 }.ToDictionary(x => "k"));
    T("c39", () => Enumerable.Range(1, 5).Reverse().OrderBy(x => x % 2).ThenByDescending(x => x));
    T("c40", () => new[] { "x", null, "y" }.OrderBy(s => s).Select(s => s ?? "null"));
  }
}
