using System;
using System.Linq;
using System.Text;
using System.Collections.Generic;
using System.Globalization;
class Pt : IFormattable { public string ToString(string f, IFormatProvider p) => "Pt<" + (f ?? "null") + ">"; public override string ToString() => "Pt"; }
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
    T("a1", () => string.Format("{0}|{0:abc}|{0,6:x}", new Pt()));
    T("a2", () => $"{new Pt():yy}|{new Pt(),5}");
    T("a3", () => string.Format("{0:0.0}|{1:#}|{2}", (object)null, "", 'x'));
    T("a4", () => string.Format("{0:X}", "str"));
    T("a5", () => string.Format("{0:X}", 1.5));
    T("a6", () => string.Format("{1}", 1));
    T("a7", () => string.Format("{0,-2147483648}", 1));
    T("a8", () => string.Format("{0:D}", DayOfWeek.Monday) + "|" + string.Format("{0:G}|{0:X}|{0:F}", DayOfWeek.Friday));
    T("a9", () => ((DayOfWeek)10).ToString() + "|" + (FileAccessLike.Read | FileAccessLike.Write).ToString() + "|" + ((FileAccessLike)8).ToString());
    T("a10", () => Enum.Parse<DayOfWeek>("monday", true) + "|" + Enum.TryParse<DayOfWeek>("Funday", out var d) + "|" + Enum.GetName(typeof(DayOfWeek), 3));
    T("a11", () => Enum.Parse<DayOfWeek>("Funday"));
    T("a12", () => string.Join(",", Enum.GetNames<FileAccessLike>()) + "|" + Enum.IsDefined(typeof(FileAccessLike), 3));
    T("a13", () => 1.0.ToString() + "|" + 1.0f.ToString() + "|" + (1.0/3).ToString() + "|" + (2.0/3).ToString("G3") + "|" + (1f/3).ToString());
    T("a14", () => 100.0.ToString("E0") + "|" + 0.0.ToString("E") + "|" + 1.0.ToString("0.0e+00") + "|" + (-1.0).ToString("e"));
    T("a15", () => 123.456.ToString("G2") + "|" + 0.000123.ToString("G2") + "|" + 123456789.0.ToString("G10") + "|" + 1e-5.ToString("G"));
    T("a16", () => 12.3456f.ToString("F2") + "|" + 1.1f.ToString("G9") + "|" + 1e38f.ToString("N0").Length);
    T("a17", () => 255.ToString("X").PadLeft(4, '0') + "|" + 4095L.ToString("x3") + "|" + ((short)-1).ToString("X8") + "|" + byte.MaxValue.ToString("D4"));
    T("a18", () => 1234.5.ToString("#,#.#,") + "|" + 0.001.ToString("#.###") + "|" + 1.0.ToString("#.###") + "|" + (-0.0001).ToString("#.##"));
    T("a19", () => 42.ToString("000;-000;'z'") + "|" + (-42).ToString("000;-000;'z'") + "|" + 0.ToString("000;-000;'z'") + "|" + (-42).ToString(";;") );
    T("a20", () => 7.ToString("0 'items'") + "|" + 7.ToString(@"0\%") + "|" + 0.07.ToString("0%%") + "|" + 7.ToString("#\\,##0"));
    T("a21", () => decimal.Round(2.5m) + "|" + decimal.Round(2.345m, 2) + "|" + Math.Round(2.5) + "|" + Math.Round(-2.5, MidpointRounding.AwayFromZero) + "|" + Math.Round(1.005, 2));
    T("a22", () => (0.1m + 0.2m) + "|" + (1m / 3m * 3m) + "|" + (10m / 4m) + "|" + 1.000m * 2 + "|" + decimal.Parse("1.500").ToString());
    T("a23", () => (decimal)0.1 + "|" + (decimal)1e-10 + "|" + (decimal)123456789.123456789 + "|" + (decimal)0.1f);
    T("a24", () => (double)0.1m + "|" + (float)(1m/3m) + "|" + decimal.ToInt32(-2.7m) + "|" + (int)-2.7m);
    T("a25", () => Convert.ToString(1.5) + "|" + Convert.ToDouble("1e3") + "|" + Convert.ToBoolean("TRUE") + "|" + Convert.ToChar(65) + "|" + Convert.ToInt64(2.5) + "|" + Convert.ToInt16(-3.5));
    T("a26", () => Convert.ToBase64String(new byte[] { 1, 2, 3, 4, 250 }) + "|" + BitConverter.ToString(new byte[] { 1, 0xAB }) + "|" + Convert.ToHexString(new byte[] { 0xde, 0xad }));
    T("a27", () => Convert.FromBase64String("AQID!"));
    T("a28", () => Convert.ToInt32("  "));
    T("a29", () => Convert.ToSByte(200));
    T("a30", () => { double v = 3e9; return checked((int)v); });
    T("b1", () => { var sb = new StringBuilder(); sb.Append(1).Append('a').Append(2.5f).Append(3m).Append(-0.0).Append((byte)7).Append(new char[] { 'x', 'y' }); return sb.ToString(); });
    T("b2", () => { var sb = new StringBuilder("abc"); sb.Insert(0, 1.5).Insert(0, true).Insert(0, 'c'); return sb.ToString(); });
    T("b3", () => { var sb = new StringBuilder("abcdef"); sb.Length = 3; sb.Append("XY"); sb.Capacity = 10; return sb + "|" + sb.Length; });
    T("b4", () => new StringBuilder("abc").Capacity = 1);
    T("b5", () => { var sb = new StringBuilder(); sb.AppendLine("a"); sb.Append($"{1,3}|{2:D2}"); return sb.ToString().Replace("\n", "/").Replace("\r", ""); });
    T("b6", () => new StringBuilder().Append((string)null).Append((object)null).Append((char[])null).Length);
    T("b7", () => new StringBuilder("aaa").Replace("a", "aa").Replace("aa", "b").ToString());
    T("b8", () => { var sb = new StringBuilder("hello"); var r = new char[3]; sb.CopyTo(1, r, 0, 3); return new string(r); });
    T("d1", () => { var d = new Dictionary<string, int>(); for (int i = 0; i < 8; i++) d["k" + i] = i; foreach (var k in new[] { "k2", "k5", "k0" }) d.Remove(k); d["x"] = 1; d["y"] = 2; d["k5"] = 3; d["z"] = 4; return string.Join(",", d.Keys); });
    T("d2", () => { var d = new Dictionary<int, int>(); for (int i = 0; i < 3; i++) d[i] = i; for (int i = 10; i < 30; i++) d[i] = i; foreach (var k in d.Keys.Where(k => k % 2 == 1).ToList()) d.Remove(k); d[-1] = 0; d[-2] = 0; return string.Join(",", d.Keys.Take(6)); });
    T("d3", () => { var d = new SortedList<int, string> { { 3, "c" }, { 1, "a" } }; d.RemoveAt(0); d[0] = "z"; return string.Join(",", d.Values) + d.IndexOfValue("c"); });
    T("d4", () => { var d = new Dictionary<int, string> { { 1, "a" } }; var e = d.GetEnumerator(); e.MoveNext(); d[1] = "b"; return e.MoveNext(); });
    T("d5", () => { var d = new Dictionary<int, string> { { 1, "a" } }; var e = d.GetEnumerator(); e.MoveNext(); d.Remove(1); return e.MoveNext(); });
    T("d6", () => new Dictionary<int, int> { { 1, 2 } }.First().ToString() + "|" + new KeyValuePair<string, object>(null, null));
    T("d7", () => { var l = new LinkedList<int>(new[] { 1, 2, 3 }); l.AddAfter(l.First, 9); l.RemoveLast(); l.AddFirst(new LinkedListNode<int>(0)); return string.Join(",", l) + "|" + l.Count; });
    T("d8", () => { var s = new Stack<int>(); s.Push(1); s.Push(2); return s.TryPeek(out var x) + "," + x + "," + s.Contains(1) + "," + string.Join("", s.Reverse()); });
    T("d9", () => { var q = new PriorityQueue<string, int>(); q.Enqueue("c", 3); q.Enqueue("a", 1); q.Enqueue("b", 2); q.Enqueue("a2", 1); var r = ""; while (q.Count > 0) r += q.Dequeue(); return r; });
    T("d10", () => new PriorityQueue<int, int>().Dequeue());
    T("d11", () => { var a = new List<int> { 1, 2, 3 }; a.ForEach(x => a[0] = 9); return a; });
    T("d12", () => new List<int>(-1));
    T("d13", () => { var l = new List<string> { "a", "b" }; return l.Remove("z") + "," + l.Contains(null) + "," + l.IndexOf(null); });
    T("d14", () => { var l = new List<int> { 3, 1, 2 }; l.Sort(Comparer<int>.Create((a, b) => b - a)); return l; });
    T("d15", () => new List<int> { 1, 2 }.BinarySearch(0, 3, 1, null));
    T("d16", () => { var l = new List<int> { 1 }; return l.Capacity + "," + new List<int>().Capacity + "," + new List<int>(new[] { 1, 2, 3 }).Capacity; });
    T("d17", () => { var a = new[] { 5, 3, 1 }; return Array.Find(a, x => x < 4) + "," + Array.FindIndex(a, x => x > 9) + "," + Array.Exists(a, x => x == 3) + "," + string.Join("", Array.FindAll(a, x => x > 1)); });
    T("d18", () => { int[] a = { 1, 2, 3 }; Array.Clear(a, 1, 1); Array.Fill(a, 7, 2, 1); return a; });
    T("d19", () => Array.ConvertAll(new[] { 1, 2 }, x => x.ToString("D2")));
    T("d20", () => new[] { 1, 2, 3 }.AsSpan(1).ToArray().Length + "|" + string.Join(",", new[] { 4, 5, 6 }[1..]));
  }
  [Flags] enum FileAccessLike { Read = 1, Write = 2 }
}
