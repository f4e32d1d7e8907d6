// throw; keeps the same exception object; wrapping with InnerException; ExceptionDispatchInfo.
using System;
using System.Runtime.ExceptionServices;

class Program
{
    static void Fail() => throw new FormatException("bad format");

    static void RethrowSame()
    {
        try { Fail(); }
        catch (FormatException e)
        {
            Console.WriteLine("RethrowSame caught, rethrowing " + e.Message);
            e.Data["seen"] = "yes";
            throw;
        }
    }

    static void Wrap()
    {
        try { RethrowSame(); }
        catch (Exception e)
        {
            throw new InvalidOperationException("wrapped", e);
        }
    }

    static void Main()
    {
        Exception? first = null;
        try
        {
            try { Fail(); }
            catch (Exception e) { first = e; throw; }
        }
        catch (Exception e)
        {
            Console.WriteLine("same object after throw; : " + ReferenceEquals(first, e));
        }
        try { Wrap(); }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message + " <- " + e.InnerException!.GetType().Name + ": " + e.InnerException.Message + " seen=" + e.InnerException.Data["seen"]);
            Console.WriteLine("base exception: " + e.GetBaseException().Message);
        }
        try
        {
            try { Fail(); }
            catch (Exception e) { throw e; }
        }
        catch (Exception e) { Console.WriteLine("throw e: " + e.Message); }
        ExceptionDispatchInfo? info = null;
        try { Fail(); }
        catch (Exception e) { info = ExceptionDispatchInfo.Capture(e); }
        try { info!.Throw(); }
        catch (FormatException e) { Console.WriteLine("EDI rethrow: " + e.Message + " same=" + ReferenceEquals(e, info.SourceException)); }
        var agg = new AggregateException("many", new Exception("a"), new ArgumentException("b"));
        Console.WriteLine(agg.Message);
        Console.WriteLine(agg.InnerExceptions.Count + " " + agg.InnerException!.Message);
        try { throw new Exception(); }
        catch (Exception e) { Console.WriteLine("default message: " + e.Message); }
        try { throw new ArgumentNullException("param"); }
        catch (ArgumentException e) { Console.WriteLine(e.Message + " | " + ((ArgumentNullException)e).ParamName); }
    }
}
