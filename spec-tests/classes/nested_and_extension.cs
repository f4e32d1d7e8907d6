// Nested types accessing outer private state, partial classes and extension methods.
using System;
using System.Collections.Generic;

partial class Outer
{
    private int secret = 7;
    private static string tag = "outer";

    public class Inner
    {
        public int Peek(Outer o) => o.secret * 2;
        public string Tag() => tag;
    }

    private class Hidden { public override string ToString() => "hidden"; }
    public object MakeHidden() => new Hidden();
}

partial class Outer
{
    public int Secret => secret;
    public class Gen<T> { public string Describe(T value) => $"Gen<{typeof(T).Name}>({value})"; }
}

static class Extensions
{
    public static int WordCount(this string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
    public static T Second<T>(this IEnumerable<T> items) { using var e = items.GetEnumerator(); e.MoveNext(); e.MoveNext(); return e.Current; }
    public static string Shout(this object? o) => (o?.ToString() ?? "NULL").ToUpperInvariant() + "!";
    public static int Doubled(this int x) => x * 2;
}

class Program
{
    static void Main()
    {
        var o = new Outer();
        var i = new Outer.Inner();
        Console.WriteLine(i.Peek(o) + " " + i.Tag() + " " + o.Secret);
        Console.WriteLine(o.MakeHidden() + " " + o.MakeHidden().GetType().FullName);
        Console.WriteLine(new Outer.Gen<int>().Describe(5) + " " + typeof(Outer.Gen<string>).FullName!.Split(',')[0]);
        Console.WriteLine("the quick  brown fox".WordCount());
        Console.WriteLine(new[] { 10, 20, 30 }.Second() + " " + "xyz".Second());
        Console.WriteLine(21.Doubled().Doubled() + " " + 3.14.Shout() + " " + ((string?)null).Shout());
        Console.WriteLine(Extensions.WordCount("static call works"));
    }
}
