// exceptions crossing many kinds of frames: delegates (single, multicast: later targets do not
// run), virtual/interface/generic-virtual calls, static constructors (TypeInitializationException
// wrapping, cached on later access, the type stays unusable), constructors (including base
// constructor and field initializers), property getters/setters, indexers, operators, iterators
// (exception inside MoveNext, finally on Dispose mid-iteration, exception from the finally during
// Dispose), using (Dispose runs; a throwing Dispose replaces), lock (monitor released)
static void T(string what, Action a)
{
    try { a(); Console.WriteLine(what + ": no exception"); }
    catch (Exception e)
    {
        Console.WriteLine($"{what}: {e.GetType().Name}: {e.Message}" + (e.InnerException != null ? $" <- {e.InnerException.GetType().Name}: {e.InnerException.Message}" : ""));
    }
}
Action multi = () => Console.WriteLine("  target 1");
multi += () => throw new InvalidOperationException("target 2");
multi += () => Console.WriteLine("  target 3 (WRONG)");
T("multicast", multi);
Func<int, int> f = x => 10 / x;
T("func through Select", () => Console.WriteLine(new[] { 1, 0 }.Select(f).Sum()));
T("virtual", () => new Derived().Run());
T("interface", () => ((IRunner)new Derived()).Go());
T("generic virtual", () => new Derived().Gen<string>());
T("base call", () => new Derived().Base());
T("static ctor 1", () => Console.WriteLine(Broken.Value));
T("static ctor 2", () => Console.WriteLine(Broken.Value));
T("static ctor method", () => Broken.M());
T("static ctor new", () => new Broken());
T("lazy static field", () => Console.WriteLine(BrokenField.X));
Exception? first = null, second = null;
try { _ = Broken.Value; } catch (Exception e) { first = e; }
try { _ = Broken.Value; } catch (Exception e) { second = e; }
Console.WriteLine("same TIE object: " + ReferenceEquals(first, second) + " type name: " + ((TypeInitializationException)first!).TypeName);
T("ctor", () => new Thing(-1));
T("base ctor", () => new SubThing());
T("field initializer", () => new Initialized());
T("getter", () => Console.WriteLine(new Thing(1).Bad));
T("setter", () => new Thing(1).Setter = 5);
T("indexer", () => Console.WriteLine(new Thing(1)[3]));
T("operator", () => Console.WriteLine(new Thing(1) + new Thing(2)));
T("implicit conversion", () => { int x = new Thing(7); Console.WriteLine(x); });
T("iterator body", () => { foreach (var x in Iter(2)) Console.WriteLine("  got " + x); });
T("iterator dispose mid", () => { foreach (var x in Iter(100)) { if (x == 1) break; } Console.WriteLine("  after break"); });
T("iterator finally throws on dispose", () => { foreach (var x in ThrowingFinally()) { Console.WriteLine("  got " + x); break; } });
T("iterator both", () => { foreach (var x in ThrowingFinally()) throw new FormatException("consumer"); });
T("using dispose throws", () => { using (new Res("a", true)) { Console.WriteLine("  body"); } });
T("using body and dispose throw", () => { using (new Res("b", true)) { throw new FormatException("body"); } });
T("using nested", () => { using var r1 = new Res("outer", false); using var r2 = new Res("inner", true); throw new FormatException("body2"); });
var gate = new object();
T("lock", () => { lock (gate) { throw new Exception("in lock"); } });
Console.WriteLine("lock released: " + Task.Run(() => { bool got = Monitor.TryEnter(gate); if (got) Monitor.Exit(gate); return got; }).Result);
T("deep recursion with finally", () => Recurse(50));
Console.WriteLine("recursion finallys: " + finallyCount);
T("lambda closure", () => { int local = 0; Action a = () => { local = 5; throw new Exception("closure " + local); }; try { a(); } finally { Console.WriteLine("  local=" + local); } });
T("local function", () => { Local(3); static void Local(int n) { if (n == 0) throw new Exception("local fn"); Local(n - 1); } });
T("generic struct method", () => new Box<int>(0).Div(5));
T("task result", () => Console.WriteLine(Task.Run(() => { throw new Exception("in task"); return 1; }).Result));
T("task wait", () => Task.FromException(new TimeoutException("faulted")).GetAwaiter().GetResult());

static IEnumerable<int> Iter(int n)
{
    try
    {
        for (int i = 0; i < 3; i++)
        {
            if (i == n) throw new InvalidOperationException("iterator at " + i);
            yield return i;
        }
    }
    finally { Console.WriteLine("  iterator finally"); }
}
static IEnumerable<int> ThrowingFinally()
{
    try { yield return 1; yield return 2; }
    finally { throw new NotSupportedException("from iterator finally"); }
}
static void Recurse(int n)
{
    try { if (n == 0) throw new Exception("bottom"); Recurse(n - 1); }
    finally { finallyCount++; }
}
partial class Program { static int finallyCount; }
interface IRunner { void Go(); }
class BaseRunner
{
    public virtual void Run() => throw new Exception("base run");
    public virtual void Gen<T>() => throw new Exception("base gen " + typeof(T).Name);
    public void Base() => Run();
}
class Derived : BaseRunner, IRunner
{
    public override void Run() => throw new NotImplementedException("derived run");
    public override void Gen<T>() { try { base.Gen<T>(); } catch (Exception e) { throw new ApplicationException("wrapped", e); } }
    public void Go() => throw new NotSupportedException("go");
}
class Broken
{
    public static int Value = Compute();
    static int Compute() => throw new InvalidOperationException("cctor failed");
    public static void M() => Console.WriteLine("WRONG");
}
class BrokenField
{
    public static readonly int X;
    static BrokenField() { X = int.Parse("nope"); }
}
class Thing
{
    public int V;
    public Thing(int v) { if (v < 0) throw new ArgumentOutOfRangeException(nameof(v), v, "negative"); V = v; }
    public int Bad => throw new InvalidOperationException("bad getter");
    public int Setter { set => throw new NotSupportedException("setter " + value); }
    public int this[int i] => i < 2 ? V : throw new IndexOutOfRangeException("index " + i);
    public static Thing operator +(Thing a, Thing b) => throw new ArithmeticException("plus");
    public static implicit operator int(Thing t) => t.V == 7 ? throw new InvalidCastException("seven") : t.V;
}
class SubThing : Thing { public SubThing() : base(-2) { Console.WriteLine("WRONG"); } }
class Initialized { int x = int.Parse("bad"); }
class Res(string name, bool failDispose) : IDisposable
{
    public void Dispose() { Console.WriteLine("  dispose " + name); if (failDispose) throw new ObjectDisposedException(name); }
}
struct Box<T>(int d) { public int Div(int x) => x / d; }
