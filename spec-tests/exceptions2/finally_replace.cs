// an exception thrown by a finally block replaces the one in flight: across frames (the new
// exception is caught between the original throw and the original handler), caught by a catch
// of the same method that encloses the finally, inside loops (the loop continues), from a
// finally reached by return/break (the return value is discarded), and nested replacements
static void Log(string s) => Console.WriteLine("  " + s);

static void ThrowReplacedBelow()
{
    try { throw new ArgumentException("original"); }
    finally { Log("bottom finally throws"); throw new FormatException("replacement"); }
}
static void Middle()
{
    try { ThrowReplacedBelow(); }
    catch (FormatException f) { Log("middle caught " + f.Message); }
    finally { Log("middle finally"); }
}
static int ReturnReplaced()
{
    try { return 1; }
    finally { Log("finally after return throws"); throw new InvalidOperationException("no return"); }
}
static int SameMethodCatch(int i)
{
    int r = 0;
    try
    {
        try
        {
            try { if (i % 2 == 0) throw new Exception("even " + i); r += 1; }
            finally { r += 10; if (i % 3 == 0) throw new ApplicationException("third " + i); }
        }
        catch (ApplicationException a) { Log("inner catch " + a.Message + " r=" + r); r += 100; }
    }
    catch (Exception e) { Log("outer catch " + e.Message + " r=" + r); r += 1000; }
    return r;
}
static void Chain(int n)
{
    try
    {
        if (n == 0) throw new Exception("e0");
        Chain(n - 1);
    }
    finally
    {
        if (n % 2 == 1) throw new Exception("e" + (n + 1) + " replaces");
    }
}
static string Caller(Func<string> f)
{
    try { return f(); }
    catch (Exception e) { return "caught " + e.GetType().Name + " " + e.Message; }
}

Console.WriteLine("1. replacement caught between throw and original handler");
try { Middle(); Console.WriteLine("  main continues normally"); }
catch (ArgumentException) { Console.WriteLine("WRONG: original reached main"); }

Console.WriteLine("2. finally after return throws");
try { Console.WriteLine(ReturnReplaced()); }
catch (InvalidOperationException e) { Console.WriteLine("  caught " + e.Message); }

Console.WriteLine("3. same-method catch around a throwing finally, in a loop");
for (int i = 0; i < 7; i++) Console.WriteLine("  i=" + i + " r=" + SameMethodCatch(i));

Console.WriteLine("4. chain of replacements through recursion");
for (int n = 0; n < 5; n++)
{
    try { Chain(n); Console.WriteLine("  n=" + n + " no exception"); }
    catch (Exception e) { Console.WriteLine("  n=" + n + " -> " + e.Message); }
}

Console.WriteLine("5. break out of a loop through a throwing finally");
int count = 0;
try
{
    while (true)
    {
        try { count++; if (count == 3) break; }
        finally { if (count == 3) throw new Exception("break replaced at " + count); }
    }
    Console.WriteLine("WRONG: loop exited normally");
}
catch (Exception e) { Console.WriteLine("  " + e.Message); }

Console.WriteLine("6. throw in a catch is itself replaced by its finally");
Console.WriteLine("  " + Caller(() =>
{
    try { throw new Exception("a"); }
    catch (Exception) { throw new Exception("b from catch"); }
    finally { throw new TimeoutException("c from finally"); }
}));

Console.WriteLine("7. finally throws and catches internally: original continues");
try
{
    try { throw new Exception("survivor"); }
    finally
    {
        try { throw new Exception("internal"); }
        catch (Exception e) { Log("finally handled " + e.Message); }
        Log("finally done");
    }
}
catch (Exception e) { Console.WriteLine("  outer got " + e.Message); }

Console.WriteLine("8. nested finally inside finally, inner throws");
try
{
    try { throw new Exception("first"); }
    finally
    {
        try { Log("f-outer try"); }
        finally { Log("f-inner throws"); throw new Exception("second"); }
    }
}
catch (Exception e) { Console.WriteLine("  got " + e.Message); }

Console.WriteLine("9. finally during unwinding runs a method with its own throwing finally, caught there");
try
{
    try { throw new Exception("outer-ex"); }
    finally { Log("helper returned " + Helper()); }
}
catch (Exception e) { Console.WriteLine("  got " + e.Message); }
static int Helper()
{
    try
    {
        try { throw new Exception("h1"); }
        finally { throw new Exception("h2"); }
    }
    catch (Exception e) { Log("helper caught " + e.Message); return 5; }
}

Console.WriteLine("10. throwing finally replaces exception that was being caught by a filter-less catch two frames up");
try { Wrapper(); }
catch (NotImplementedException e) { Console.WriteLine("  main got " + e.Message); }
static void Wrapper()
{
    try { Inner10(); }
    catch (DivideByZeroException) { Console.WriteLine("WRONG"); }
    finally { Log("wrapper finally"); }
}
static void Inner10()
{
    int z = 0;
    try { Console.WriteLine(1 / z); }
    finally { Log("inner10 finally"); throw new NotImplementedException("replaced div"); }
}
