// NullReferenceException on field access, method call and array access; null-conditional operators.
using System;

class Node
{
    public int Value;
    public Node? Next;
    public int Length() => 1 + (Next?.Length() ?? 0);
}

class Program
{
    static void Try(string label, Action a)
    {
        try { a(); Console.WriteLine(label + ": ok"); }
        catch (NullReferenceException e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        Node? n = null;
        Node list = new Node { Value = 1, Next = new Node { Value = 2 } };
        Try("field read", () => Console.WriteLine(n!.Value));
        Try("field write", () => n!.Value = 3);
        Try("method call", () => n!.Length());
        Try("deep access", () => Console.WriteLine(list.Next!.Next!.Value));
        int[]? arr = null;
        Try("array index", () => Console.WriteLine(arr![0]));
        Try("array length", () => Console.WriteLine(arr!.Length));
        string? s = null;
        Try("string method", () => s!.Trim());
        Try("ToString on null", () => ((object?)null)!.ToString());
        Action? act = null;
        Try("null delegate invoke", () => act!());
        Try("unbox null", () => { object? o = null; int x = (int)o!; Console.WriteLine(x); });
        Console.WriteLine(n?.Value);
        Console.WriteLine(n?.Next?.Value ?? -1);
        Console.WriteLine(list.Length() + " " + list.Next?.Value);
        Console.WriteLine(arr?.Length ?? 0);
        act?.Invoke();
        n ??= new Node { Value = 9 };
        Console.WriteLine(n.Value);
        Try("throw null", () => throw null!);
    }
}
