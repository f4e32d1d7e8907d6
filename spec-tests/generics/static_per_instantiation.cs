// Each closed generic type has its own static fields and its own static constructor run.
using System;
using System.Collections.Generic;

class Registry<T>
{
    public static int Count;
    public static readonly string Tag;
    public static List<T> Items = new();
    static Registry()
    {
        Tag = "registry of " + typeof(T).Name;
        Console.WriteLine("static ctor for " + typeof(T).Name);
    }
    public static void Add(T item) { Count++; Items.Add(item); }
}

class Cache<TKey, TValue> where TKey : notnull
{
    private static readonly Dictionary<TKey, TValue> store = new();
    public static int Size => store.Count;
    public static void Put(TKey k, TValue v) => store[k] = v;
}

class Program
{
    static int Counter<T>() => Registry<T>.Count;

    static void Main()
    {
        Console.WriteLine("start");
        Registry<int>.Add(1);
        Registry<int>.Add(2);
        Registry<string>.Add("x");
        Console.WriteLine($"{Registry<int>.Count} {Registry<string>.Count} {Counter<double>()}");
        Console.WriteLine(Registry<int>.Tag + " / " + Registry<string>.Tag + " / " + Registry<double>.Tag);
        Console.WriteLine(string.Join(",", Registry<int>.Items) + " " + string.Join(",", Registry<string>.Items));
        Registry<List<int>>.Add(new List<int>());
        Registry<List<string>>.Add(new List<string>());
        Console.WriteLine(Registry<List<int>>.Count + Registry<List<string>>.Count);
        Cache<string, int>.Put("a", 1);
        Cache<string, int>.Put("b", 2);
        Cache<string, long>.Put("a", 1);
        Cache<int, int>.Put(1, 1);
        Console.WriteLine($"{Cache<string, int>.Size} {Cache<string, long>.Size} {Cache<int, int>.Size} {Cache<int, string>.Size}");
        Registry<object>.Add("as object");
        Console.WriteLine(Registry<object>.Count + " " + Registry<string>.Count);
    }
}
