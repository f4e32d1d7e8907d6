// Generic classes and methods, constraints, default(T), and typeof(T) inside generic code.
using System;
using System.Collections.Generic;

class Stack2<T>
{
    private T[] items = new T[2];
    private int count;
    public int Count => count;
    public void Push(T item)
    {
        if (count == items.Length) Array.Resize(ref items, items.Length * 2);
        items[count++] = item;
    }
    public T Pop() => count > 0 ? items[--count] : throw new InvalidOperationException("empty " + typeof(T).Name + " stack");
    public T PeekOrDefault() => count > 0 ? items[count - 1] : default!;
}

class Pair<TFirst, TSecond>
{
    public TFirst First; public TSecond Second;
    public Pair(TFirst f, TSecond s) { First = f; Second = s; }
    public Pair<TSecond, TFirst> Swap() => new(Second, First);
    public override string ToString() => $"<{typeof(TFirst).Name}:{First}, {typeof(TSecond).Name}:{Second}>";
}

class Program
{
    static T Max<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;
    static string Describe<T>(T value) => $"{typeof(T).Name}({value?.ToString() ?? "null"}) isValueType={typeof(T).IsValueType}";
    static T Create<T>() where T : class, new() => new T();
    static TOut[] Map<TIn, TOut>(TIn[] xs, Func<TIn, TOut> f) { var r = new TOut[xs.Length]; for (int i = 0; i < xs.Length; i++) r[i] = f(xs[i]); return r; }
    static bool IsDefault<T>(T v) => EqualityComparer<T>.Default.Equals(v, default!);

    static void Main()
    {
        var s = new Stack2<int>();
        for (int i = 0; i < 5; i++) s.Push(i * i);
        Console.WriteLine(s.Count + " " + s.Pop() + " " + s.Pop() + " " + s.PeekOrDefault());
        var ss = new Stack2<string>();
        Console.WriteLine(ss.PeekOrDefault() == null);
        try { ss.Pop(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        var p = new Pair<int, string>(1, "one");
        Console.WriteLine(p + " " + p.Swap());
        Console.WriteLine(Max(3, 9) + " " + Max("pear", "apple") + " " + Max(2.5, -1.0));
        Console.WriteLine(Describe(5) + " | " + Describe<string?>(null) + " | " + Describe<int?>(null) + " | " + Describe(new List<int>()));
        Console.WriteLine(Create<List<string>>().Count + " " + Create<object>().GetType().Name);
        Console.WriteLine(string.Join(",", Map(new[] { 1, 2, 3 }, x => x * 0.5)) + " " + string.Join(",", Map(new[] { "a", "bb" }, x => x.Length)));
        Console.WriteLine(IsDefault(0) + " " + IsDefault("") + " " + IsDefault<string?>(null) + " " + IsDefault(0.0) + " " + IsDefault(Guid.Empty));
        Console.WriteLine(typeof(Pair<,>).Name + " " + typeof(Pair<int, string>).GetGenericArguments().Length + " " + typeof(Stack2<>).IsGenericTypeDefinition);
    }
}
