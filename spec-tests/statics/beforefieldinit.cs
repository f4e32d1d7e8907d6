// Static field initializers without an explicit static constructor (beforefieldinit): the only
// guarantee is that they run before the first field access. Print only what is guaranteed.
using System;

static class Log
{
    public static int Events;
    public static int Note(string what) { Events++; return 42; }
}

class NoCctor
{
    public static int X = Log.Note("NoCctor.X");
    public static int Y = X + 1;
}

class WithCctor
{
    public static int X = Log.Note("WithCctor.X");
    static WithCctor() { }
}

class Program
{
    static void Main()
    {
        int before = Log.Events;
        Console.WriteLine("WithCctor not yet initialized: " + (before == 0 || before == 1));
        Console.WriteLine("NoCctor.Y = " + NoCctor.Y);
        Console.WriteLine("NoCctor.X = " + NoCctor.X);
        Console.WriteLine("WithCctor.X = " + WithCctor.X);
        Console.WriteLine("events = " + Log.Events);
        Console.WriteLine("again: " + NoCctor.X + " " + WithCctor.X + " events = " + Log.Events);
        Console.WriteLine(typeof(NoCctor).Attributes.HasFlag(System.Reflection.TypeAttributes.BeforeFieldInit) + " " + typeof(WithCctor).Attributes.HasFlag(System.Reflection.TypeAttributes.BeforeFieldInit));
    }
}
