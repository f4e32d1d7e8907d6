// less common runtime-raised exceptions: non-exhaustive switch expressions, Nullable.Value,
// stack-only invalid operations (enumerator versioning), string.Format errors, unboxing into a
// Nullable of the wrong type, Activator/abstract instantiation, Enum.ToObject, a failing iterator
// GetEnumerator and Dispose, and foreach over a custom enumerator whose Dispose throws
static void T(string what, Action a)
{
    try { a(); Console.WriteLine(what + ": no exception"); }
    catch (Exception e) { Console.WriteLine($"{what}: {e.GetType().FullName}: {e.Message}"); }
}
static int I(int x) => x;
T("switch expression int", () => Console.WriteLine(I(5) switch { 1 => "one", 2 => "two" }));
T("switch expression string", () => Console.WriteLine("zz" switch { "a" => 1 }));
T("switch expression enum", () => Console.WriteLine((DayOfWeek)I(9) switch { DayOfWeek.Monday => 1 }));
T("switch expression tuple", () => Console.WriteLine((I(1), I(2)) switch { (0, 0) => 1 }));
T("nullable value", () => { int? n = null; Console.WriteLine(n!.Value); });
T("nullable cast", () => { long? n = null; Console.WriteLine((long)n!); });
T("GetValueOrDefault ok", () => { int? n = null; Console.WriteLine(n.GetValueOrDefault(7)); });
T("dictionary modify during foreach", () => { var d = new Dictionary<int, int> { [1] = 1, [2] = 2 }; foreach (var kv in d) d[kv.Key + 10] = 0; });
T("list remove during foreach", () => { var l = new List<int> { 1, 2, 3 }; foreach (var x in l) l.Remove(x); });
T("hashset add during foreach", () => { var h = new HashSet<int> { 1 }; foreach (var x in h) h.Add(x + 1); });
T("enumerator Current before MoveNext", () => { var e = new List<int> { 1 }.GetEnumerator(); Console.WriteLine(e.Current); });
T("string.Format bad index", () => string.Format("{1}", "a"));
T("string.Format bad brace", () => string.Format("{0", "a"));
T("string.Format null", () => string.Format(null!, "a"));
T("Activator abstract", () => Activator.CreateInstance(typeof(Stream)));
T("Enum.ToObject", () => Console.WriteLine(Enum.ToObject(typeof(DayOfWeek), 100)));
T("GetEnumerator throws", () => { foreach (var x in new BadEnumerable(0)) Console.WriteLine(x); });
T("MoveNext throws", () => { foreach (var x in new BadEnumerable(1)) Console.WriteLine("  x=" + x); });
T("Dispose throws after body", () => { foreach (var x in new BadEnumerable(2)) Console.WriteLine("  x=" + x); });
T("body and Dispose throw", () => { foreach (var x in new BadEnumerable(2)) throw new Exception("body"); });
T("struct enumerator dispose", () => { foreach (var x in new StructEnumerable()) { Console.WriteLine("  s=" + x); break; } });
T("char.Parse", () => char.Parse("ab"));
T("bool.Parse", () => bool.Parse("yes"));
T("DateTime add", () => Console.WriteLine(DateTime.MaxValue.AddDays(I(1))));
T("string repeat negative", () => Console.WriteLine(new string('x', I(-1))));
T("StringBuilder capacity", () => Console.WriteLine(new System.Text.StringBuilder(I(-1)).Length));
T("Array.Sort comparer throws", () => { var a = new[] { 3, 1, 2 }; Array.Sort(a, (x, y) => throw new NotImplementedException("cmp")); });
T("Lazy recursion", () => { Lazy<int>? lz = null; lz = new Lazy<int>(() => lz!.Value); Console.WriteLine(lz.Value); });
T("ToDictionary duplicate", () => new[] { 1, 1 }.ToDictionary(x => x));
T("Cast<string>", () => Console.WriteLine(new object[] { 1 }.Cast<string>().First()));
T("Zip ok", () => Console.WriteLine(new[] { 1 }.Zip(new[] { 2, 3 }).Count()));
class BadEnumerable(int mode)
{
    public Enumerator GetEnumerator() => mode == 0 ? throw new InvalidOperationException("no enumerator") : new Enumerator(mode);
    public class Enumerator(int mode) : IDisposable
    {
        int i;
        public int Current => i;
        public bool MoveNext() { if (mode == 1 && i == 1) throw new IndexOutOfRangeException("movenext " + i); return ++i <= 2; }
        public void Dispose() { Console.WriteLine("  dispose mode " + mode); if (mode == 2) throw new ObjectDisposedException("enumerator"); }
    }
}
struct StructEnumerable
{
    public StructEnumerator GetEnumerator() => new();
    public struct StructEnumerator : IDisposable
    {
        int i;
        public int Current => i;
        public bool MoveNext() => ++i < 3;
        public void Dispose() => Console.WriteLine("  struct dispose at " + i);
    }
}
