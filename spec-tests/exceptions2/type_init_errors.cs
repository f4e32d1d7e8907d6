// failing static constructors: TypeInitializationException wrapping (nested when one type
// initializer triggers another failing one), the same exception object on every later access,
// TypeName, a failure triggered from a filter (counts as false) and from a finally block during
// unwinding, a static constructor that catches its own exception, per-instantiation generic
// statics, and beforefieldinit field initializers
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
T("outer", () => Console.WriteLine(Outer.X));
T("outer again", () => Console.WriteLine(Outer.X));
T("inner direct", () => Console.WriteLine(Inner.Y));
T("tie name", () => { try { _ = Inner.Y; } catch (TypeInitializationException e) { Console.WriteLine("TypeName=" + e.TypeName); throw; } });
T("filter triggers cctor", () =>
{
    try { throw new Exception("orig"); }
    catch (Exception) when (InFilter.Z > 0) { Console.WriteLine("WRONG"); }
});
T("cctor in finally during unwind", () =>
{
    try { throw new Exception("orig2"); }
    finally { Console.WriteLine("  finally touches InFinally"); _ = InFinally.W; }
});
T("self-catching cctor", () => Console.WriteLine("SelfCatch.V=" + SelfCatch.V));
T("generic string", () => Console.WriteLine(Gen<string>.Value));
T("field init", () => Console.WriteLine(FieldInit.Data.Length));
T("instance creation", () => new FieldInit());
T("partial init visible", () => Console.WriteLine("Partial.A=" + Partial.GetA()));
T("partial field after failure", () => Console.WriteLine("Partial.Before=" + Partial.Before));
class Outer { public static int X = Inner.Y + 1; }
class Inner { public static int Y = Fail("inner cctor"); static int Fail(string m) => throw new InvalidOperationException(m); }
class InFilter { public static int Z; static InFilter() { Z = 1; throw new NotSupportedException("filter cctor"); } }
class InFinally { public static int W; static InFinally() { throw new FormatException("finally cctor"); } }
class SelfCatch
{
    public static int V;
    static SelfCatch()
    {
        try { V = int.Parse("x"); }
        catch (FormatException) { V = 42; }
    }
}
class Gen<T>
{
    public static string Value = typeof(T) == typeof(int) ? throw new ArgumentException("no ints") : "ok for " + typeof(T).Name;
}
class FieldInit { public static int[] Data = new int[-1 + Environment.NewLine.Length - Environment.NewLine.Length]; }
static class Partial
{
    public static int Before;
    static Partial() { Before = 5; throw new Exception("partial"); }
    public static int GetA() => 1;
}
