// An exception thrown by Dispose replaces an exception from the using body; Dispose is called
// exactly once even when the body throws; the try/finally form a using statement lowers to.
using System;

class Res : IDisposable
{
    private readonly string name;
    private readonly bool failOnDispose;
    public int DisposeCount;
    public Res(string name, bool failOnDispose = false) { this.name = name; this.failOnDispose = failOnDispose; }
    public void Dispose()
    {
        DisposeCount++;
        Console.WriteLine("dispose " + name);
        if (failOnDispose) throw new InvalidOperationException("dispose of " + name + " failed");
    }
}

class Program
{
    static void Main()
    {
        var r1 = new Res("r1");
        try
        {
            using (r1) throw new ApplicationException("body failed");
        }
        catch (ApplicationException e) { Console.WriteLine("caught " + e.Message + ", disposed " + r1.DisposeCount + "x"); }
        try
        {
            using var r2 = new Res("r2", failOnDispose: true);
            throw new ApplicationException("body failed too");
        }
        catch (Exception e) { Console.WriteLine("caught " + e.GetType().Name + ": " + e.Message); }
        try
        {
            using (new Res("outer", failOnDispose: true))
            using (new Res("inner"))
            {
                Console.WriteLine("body ok");
            }
        }
        catch (Exception e) { Console.WriteLine("caught " + e.Message); }
        Res? manual = new Res("manual");
        try { Console.WriteLine("lowered body"); }
        finally { ((IDisposable?)manual)?.Dispose(); }
    }
}
