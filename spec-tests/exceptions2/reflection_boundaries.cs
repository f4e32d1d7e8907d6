// exceptions crossing reflection and runtime boundaries: Delegate.DynamicInvoke wraps
// in TargetInvocationException (the callee's finally runs before the caller's filter sees the
// wrapper),
// ToString/Equals/GetHashCode overrides that throw when called by the library,
// and a throwing comparer inside Array.Sort / List.Sort / OrderBy
using System.Reflection;
static void T(string what, Action a)
{
    try { a(); Console.WriteLine(what + ": no exception"); }
    catch (Exception e)
    {
        var s = $"{what}: {e.GetType().Name}: {e.Message}";
        for (var i = e.InnerException; i != null; i = i.InnerException) s += $" <- {i.GetType().Name}: {i.Message}";
        Console.WriteLine(s);
    }
}
static bool Log(string s) { Console.WriteLine("  " + s); return true; }
T("DynamicInvoke order", () =>
{
    try { new Func<int, int>(Target.Boom).DynamicInvoke(4); }
    catch (TargetInvocationException e) when (Log("filter sees " + e.InnerException!.Message)) { Console.WriteLine("  caught wrapper"); throw e.InnerException!; }
});
T("DynamicInvoke", () => new Func<int, int>(Target.Boom).DynamicInvoke(5));
T("ToString in concat", () => Console.WriteLine("x" + new BadToString()));
T("ToString in interpolation", () => Console.WriteLine($"x{new BadToString()}"));
T("ToString in WriteLine", () => Console.WriteLine(new BadToString()));
T("ToString in string.Join", () => Console.WriteLine(string.Join(",", new object[] { 1, new BadToString() })));
T("GetHashCode in dictionary", () => new Dictionary<BadHash, int> { [new BadHash()] = 1 });
T("Equals in List.Contains", () => Console.WriteLine(new List<BadHash> { new BadHash() }.Contains(new BadHash())));
T("Array.Sort comparer", () => Array.Sort(new[] { 2, 1 }, Comparer<int>.Create((a, b) => throw new FormatException("cmp"))));
T("List.Sort comparison", () => new List<int> { 2, 1 }.Sort((a, b) => throw new FormatException("cmp2")));
T("OrderBy key", () => Console.WriteLine(new[] { 1, 2 }.OrderBy<int, int>(x => throw new FormatException("key")).First()));
T("CompareTo in sort", () => Array.Sort(new[] { new BadCompare(), new BadCompare() }));
class Target
{
    public Target() => throw new InvalidOperationException("ctor fails");
    public static int Boom(int x)
    {
        try { throw new ApplicationException("boom " + x); }
        finally { Console.WriteLine("  Boom finally " + x); }
    }
    public static int Bad => throw new NotSupportedException("getter");
}
class BadToString { public override string ToString() => throw new FormatException("tostring"); }
class BadHash
{
    public override int GetHashCode() => throw new NotImplementedException("hash");
    public override bool Equals(object? o) => throw new NotImplementedException("equals");
}
class BadCompare : IComparable<BadCompare> { public int CompareTo(BadCompare? o) => throw new ArithmeticException("compareto"); }
