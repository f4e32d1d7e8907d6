// Unboxing edges: Nullable<T> from null, from exactly T, from an enum or underlying value (not
// allowed), `is` tests against nullable and enum types, and the InvalidCastException messages.
using System;

enum Color : int { Red = 1 }
enum Small : byte { One = 1 }

class Program
{
    static T Un<T>(object o) => (T)o;
    static void Try<T>(string what, object o)
    {
        try { Console.WriteLine(what + ": " + (Un<T>(o)?.ToString() ?? "null")); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message); }
    }
    static void Main()
    {
        object red = Color.Red, one = 1, nul = null, small = Small.One, b = (byte)1, u = 1u;
        Try<int?>("null to int?", nul);
        Try<int?>("int to int?", one);
        Try<int?>("Color to int?", red);
        Try<Color?>("int to Color?", one);
        Try<Small?>("byte to Small?", b);
        Try<int>("Color to int", red);
        Try<Color>("int to Color", one);
        Try<byte>("Small to byte", small);
        Try<uint>("int to uint", one);
        Try<int>("uint to int", u);
        Try<long?>("int to long?", one);
        Try<int>("null to int", nul);
        Console.WriteLine((red is int) + " " + (red is int?) + " " + (one is Color) + " " + (one is Color?) + " " + (one is int?));
    }
}
