// the shape of Exception.StackTrace and ToString (method names only, no line numbers): throw;
// keeps the original frames, throw e; restarts the trace at the rethrowing method, rethrow from
// a nested catch, ExceptionDispatchInfo appends, StackTrace is null before throwing, inner
// exception markers in ToString, and the first line of ToString for custom Message overrides
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

static string Has(Exception e, params string[] names) =>
    string.Join(" ", names.Select(n => n + "=" + (e.StackTrace ?? "").Contains(n)));

Exception Catch(Action a) { try { a(); } catch (Exception e) { return e; } return null!; }

var e1 = Catch(Thrower.RethrowSame);
Console.WriteLine("throw;   " + Has(e1, "Origin", "RethrowSame"));
var e2 = Catch(Thrower.RethrowVar);
Console.WriteLine("throw e; " + Has(e2, "Origin", "RethrowVar"));
var e3 = Catch(Thrower.NestedRethrow);
Console.WriteLine("nested   " + Has(e3, "Origin", "NestedRethrow") + " msg=" + e3.Message);
var e4 = Catch(Thrower.EdiRethrow);
Console.WriteLine("edi      " + Has(e4, "Origin", "EdiRethrow") + " marker=" + e4.StackTrace!.Contains("--- End of stack trace from previous location ---"));
var e5 = Catch(Thrower.Deep);
Console.WriteLine("deep     " + Has(e5, "Deep", "Level1", "Level2", "Level3"));
var fresh = new Exception("never thrown");
Console.WriteLine("fresh StackTrace null: " + (fresh.StackTrace == null) + " ToString: " + fresh.ToString());
var wrapped = Catch(Thrower.Wrap);
var lines = wrapped.ToString().Split('\n');
Console.WriteLine("wrap line0: " + lines[0]);
Console.WriteLine("wrap has end-of-inner marker: " + wrapped.ToString().Contains("   --- End of inner exception stack trace ---"));
Console.WriteLine("wrap has Origin: " + wrapped.ToString().Contains("Origin") + " outer trace has Origin: " + wrapped.StackTrace!.Contains("Origin"));
var custom = new CustomMsg();
Console.WriteLine("custom: " + custom.ToString());
Console.WriteLine("custom inner: " + new Exception("outer", custom).ToString().Replace("\n", "|"));
Console.WriteLine("agg: " + new AggregateException("agg msg", new Exception("x1"), new Exception("x2")).ToString().Replace("\n", "|"));
Console.WriteLine("arg: " + new ArgumentException("bad", "p").ToString());
Console.WriteLine("empty message: [" + new Exception("").ToString() + "]");
Console.WriteLine("null message: [" + new Exception(null).ToString() + "] [" + new Exception(null).Message + "]");
var thrownTwice = new Exception("twice");
try { throw thrownTwice; } catch { }
var firstTrace = thrownTwice.StackTrace!;
try { Thrower.ThrowIt(thrownTwice); } catch { }
Console.WriteLine("rethrown object trace replaced: " + (!thrownTwice.StackTrace!.Contains("<Main>") || thrownTwice.StackTrace.Contains("ThrowIt")) + " " + thrownTwice.StackTrace.Contains("ThrowIt"));
Console.WriteLine("hresults: " + string.Join(" ", new Exception[] { e1, e5, new IndexOutOfRangeException(), new OverflowException(), new DivideByZeroException(), new InvalidCastException(), new ArrayTypeMismatchException(), new OutOfMemoryException(), new StackOverflowException(), new TypeInitializationException("T", null), new CustomMsg() }.Select(e => e.HResult.ToString("X8"))));

class CustomMsg : Exception { public override string Message => "overridden message"; }
static class Thrower
{
    [MethodImpl(MethodImplOptions.NoInlining)] static void Origin() => throw new InvalidOperationException("origin");
    [MethodImpl(MethodImplOptions.NoInlining)] public static void RethrowSame() { try { Origin(); } catch { throw; } }
    [MethodImpl(MethodImplOptions.NoInlining)] public static void RethrowVar() { try { Origin(); } catch (Exception e) { throw e; } }
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void NestedRethrow()
    {
        try { Origin(); }
        catch (Exception)
        {
            try { throw new FormatException("inner"); }
            catch (FormatException) { }
            throw;
        }
    }
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void EdiRethrow()
    {
        ExceptionDispatchInfo? edi = null;
        try { Origin(); } catch (Exception e) { edi = ExceptionDispatchInfo.Capture(e); }
        edi!.Throw();
    }
    [MethodImpl(MethodImplOptions.NoInlining)] public static void Deep() => Level1();
    [MethodImpl(MethodImplOptions.NoInlining)] static void Level1() => Level2();
    [MethodImpl(MethodImplOptions.NoInlining)] static void Level2() => Level3();
    [MethodImpl(MethodImplOptions.NoInlining)] static void Level3() => throw new Exception("deep");
    [MethodImpl(MethodImplOptions.NoInlining)] public static void Wrap() { try { Origin(); } catch (Exception e) { throw new ApplicationException("wrapper", e); } }
    [MethodImpl(MethodImplOptions.NoInlining)] public static void ThrowIt(Exception e) => throw e;
}
