// TypeInitializationException.TypeName for a failing generic instantiation is "BadGen`1".
using System;

static class BadGen<T>
{
    public static int X = typeof(T) == typeof(int) ? throw new ArgumentException("no ints") : 1;
}

class Program
{
    static void Main()
    {
        try { Console.WriteLine(BadGen<int>.X); }
        catch (TypeInitializationException e) { Console.WriteLine(e.TypeName); Console.WriteLine(e.Message); }
    }
}
