// an unhandled custom exception in a namespace with an overridden Message and an inner exception;
// filters that decline it still run first, then finally blocks
using App.Errors;
static bool No(string s) { Console.WriteLine("filter " + s); return false; }
try
{
    try { Load(); }
    catch (Exception e) when (No(e.GetType().Name)) { }
    finally { Console.WriteLine("finally 1"); }
}
catch (ArgumentException) { Console.WriteLine("WRONG"); }
finally { Console.WriteLine("finally 2"); }
static void Load()
{
    try { int.Parse("zz"); }
    catch (FormatException f) { throw new LoadError("settings.json", f); }
}
namespace App.Errors
{
    public class LoadError(string file, Exception inner) : Exception("base message", inner)
    {
        public override string Message => $"cannot load {file}";
    }
}
