// Static fields per generic instantiation: separate storage for each closed type (reference and
// value type arguments), static constructors run once per instantiation, nested generic types,
// generic methods touching the statics of their instantiation, and static readonly defaults.
using System;
using System.Collections.Generic;

class Counter<T>
{
    public static int Count;
    public static readonly string Name;
    static Counter() { Name = typeof(T).Name; Console.WriteLine("cctor Counter<" + Name + ">"); }
    public static void Hit() => Count++;
}

class Outer<T>
{
    public class Inner<U> { public static List<string> Log = new List<string>(); }
}

struct Holder<T> { public static T Last = default!; }

static class Program
{
    static void Touch<T>(int n) { for (int i = 0; i < n; i++) Counter<T>.Hit(); }

    static void Main()
    {
        Touch<int>(3);
        Touch<string>(2);
        Touch<int>(1);
        Touch<List<int>>(4);
        Touch<long>(0);
        Console.WriteLine($"{Counter<int>.Count} {Counter<string>.Count} {Counter<List<int>>.Count} {Counter<long>.Count} {Counter<object>.Count}");
        Console.WriteLine($"{Counter<int>.Name} {Counter<string>.Name} {Counter<List<int>>.Name}");
        Outer<int>.Inner<string>.Log.Add("a");
        Outer<int>.Inner<int>.Log.Add("b");
        Outer<string>.Inner<string>.Log.Add("c");
        Outer<int>.Inner<string>.Log.Add("d");
        Console.WriteLine($"{string.Join("", Outer<int>.Inner<string>.Log)} {Outer<int>.Inner<int>.Log.Count} {Outer<string>.Inner<string>.Log[0]} {Outer<string>.Inner<int>.Log.Count}");
        Holder<string>.Last = "s";
        Holder<int>.Last = 5;
        Holder<object>.Last = new object();
        GC.Collect();
        Console.WriteLine($"{Holder<string>.Last} {Holder<int>.Last} {Holder<object>.Last.GetType().Name} {Holder<double>.Last}");
    }
}
