// Handler selection: the first catch clause whose type matches wins; catch ordering by hierarchy.
using System;
using System.Collections.Generic;
using System.IO;

class Program
{
    static string Classify(Exception toThrow)
    {
        try
        {
            throw toThrow;
        }
        catch (ArgumentNullException) { return "ArgumentNullException handler"; }
        catch (ArgumentException e) when (e.ParamName == "special") { return "ArgumentException(special) handler"; }
        catch (ArgumentException) { return "ArgumentException handler"; }
        catch (FileNotFoundException) { return "FileNotFoundException handler"; }
        catch (IOException) { return "IOException handler"; }
        catch (SystemException e) { return "SystemException handler for " + e.GetType().Name; }
        catch (Exception e) { return "Exception handler for " + e.GetType().Name; }
    }

    static void Main()
    {
        var cases = new List<Exception>
        {
            new ArgumentNullException("x"),
            new ArgumentOutOfRangeException("y"),
            new ArgumentException("msg", "special"),
            new ArgumentException("msg", "other"),
            new FileNotFoundException("f"),
            new DirectoryNotFoundException("d"),
            new EndOfStreamException(),
            new IndexOutOfRangeException(),
            new KeyNotFoundException(),
            new Exception("plain"),
            new AggregateException(),
        };
        foreach (var e in cases) Console.WriteLine($"{e.GetType().Name,-30} -> {Classify(e)}");
        try
        {
            try { throw new KeyNotFoundException("k"); }
            catch (InvalidCastException) { Console.WriteLine("not this"); }
        }
        catch (KeyNotFoundException e) { Console.WriteLine("propagated to outer: " + e.Message); }
        try { throw new DivideByZeroException(); }
        catch (ArithmeticException e) { Console.WriteLine("ArithmeticException catches " + e.GetType().Name + ": " + e.Message); }
        try { throw new OverflowException(); }
        catch { Console.WriteLine("general catch clause"); }
    }
}
