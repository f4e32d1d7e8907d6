// filters that run code with its own exception handling: a filter calling a method that throws
// and catches internally (with finally blocks), filters evaluated while a catch
// handler for another exception is running, a filter that throws inside an inner filter, and
// the order of filters and finally blocks over several frames
static bool Log(string s, bool r = true) { Console.WriteLine("  " + s); return r; }

static bool TryInside(string tag)
{
    try
    {
        try { throw new FormatException(tag); }
        finally { Log("filter-callee finally " + tag); }
    }
    catch (FormatException f) when (Log("inner filter sees " + f.Message))
    {
        Log("filter-callee caught " + f.Message);
        return true;
    }
}

Console.WriteLine("1. filter with internal try/catch/finally");
try
{
    try { throw new ArgumentException("A1"); }
    finally { Log("finally of throwing try"); }
}
catch (ArgumentException e) when (TryInside("t1")) { Console.WriteLine("caught " + e.Message); }

Console.WriteLine("4. filter runs while a catch handler is active");
try
{
    throw new Exception("outer");
}
catch (Exception outer)
{
    try
    {
        try { throw new InvalidOperationException("inner"); }
        finally { Log("inner finally"); }
    }
    catch (InvalidOperationException inner) when (Log("filter sees outer=" + outer.Message + " inner=" + inner.Message))
    {
        Console.WriteLine("inner caught; outer still " + outer.Message);
    }
    Console.WriteLine("back in outer catch");
}

Console.WriteLine("5. filters across frames before any finally");
try { Level1(); }
catch (Exception e) when (Log("main filter " + e.Message)) { Console.WriteLine("main caught " + e.Message); }

Console.WriteLine("6. filter rethrows exception object (treated as false)");
try
{
    try { throw new TimeoutException("T6"); }
    catch (TimeoutException t) when (Rethrower(t)) { Console.WriteLine("WRONG"); }
}
catch (TimeoutException t) { Console.WriteLine("outer got " + t.Message); }

Console.WriteLine("7. exception thrown and caught inside filter does not disturb outer dispatch");
int calls = 0;
try
{
    try { Thrower("T7"); }
    finally { Log("finally 7 calls=" + calls); }
}
catch (Exception e) when (Count(ref calls) && TryInside("t7") && e.Message == "T7") { Console.WriteLine("caught 7 calls=" + calls); }

Console.WriteLine("8. same exception object thrown again inside filter callee");
var shared = new ApplicationException("S8");
try
{
    try { throw shared; }
    catch (ApplicationException a) when (CatchSame(a)) { Console.WriteLine("caught 8 " + a.Message); }
}
catch (Exception e) { Console.WriteLine("WRONG 8 " + e.Message); }

static bool Count(ref int c) { c++; return true; }
static void Thrower(string m) { try { throw new Exception(m); } finally { Log("thrower finally"); } }
static bool Rethrower(Exception e) { Log("rethrowing in filter"); throw e; }
static bool CatchSame(Exception e)
{
    try { throw e; }
    catch (Exception x) { Log("callee caught same: " + ReferenceEquals(x, e)); return true; }
}
static void Level1()
{
    try { Level2(); }
    catch (ArgumentException) when (Log("L1 filter (false)", false)) { }
    finally { Log("L1 finally"); }
}
static void Level2()
{
    try { Level3(); }
    catch (Exception e) when (Log("L2 filter (false) " + e.GetType().Name, false)) { }
    finally { Log("L2 finally"); }
}
static void Level3()
{
    try { throw new KeyNotFoundException("K"); }
    finally { Log("L3 finally"); }
}
