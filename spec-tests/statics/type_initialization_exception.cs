// A static constructor that throws makes the type unusable: TypeInitializationException wraps
// the original exception, and later accesses rethrow it without running the constructor again.
using System;

class Fragile
{
    public static int Value;
    static Fragile()
    {
        Console.WriteLine("Fragile static ctor runs");
        Value = 1;
        throw new InvalidOperationException("config missing");
    }
    public static void Use() => Console.WriteLine("never");
}

class FieldInit
{
    public static readonly int Parsed = int.Parse("not a number");
}

class Program
{
    static void Main()
    {
        for (int i = 0; i < 2; i++)
        {
            try
            {
                Fragile.Use();
            }
            catch (TypeInitializationException e)
            {
                Console.WriteLine($"attempt {i}: {e.GetType().Name}: {e.Message}");
                Console.WriteLine($"  inner: {e.InnerException?.GetType().Name}: {e.InnerException?.Message}");
                Console.WriteLine($"  TypeName: {e.TypeName}");
            }
        }
        try
        {
            Console.WriteLine(FieldInit.Parsed);
        }
        catch (TypeInitializationException e)
        {
            Console.WriteLine(e.Message + " <- " + e.InnerException!.GetType().Name);
        }
        try
        {
            var x = new Fragile();
        }
        catch (TypeInitializationException e)
        {
            Console.WriteLine("new Fragile(): " + e.InnerException!.Message);
        }
    }
}
