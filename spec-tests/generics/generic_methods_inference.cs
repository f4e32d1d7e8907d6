// Type inference for generic methods, overload resolution between generic and non-generic,
// and generic virtual methods.
using System;
using System.Collections.Generic;

class Printer
{
    public static string Show(object o) => "object:" + o;
    public static string Show<T>(T t) => "generic<" + typeof(T).Name + ">:" + t;
    public static string Show(int i) => "int:" + i;
    public static string Show(string s) => "string:" + s;
}

class Visitor
{
    public virtual string Visit<T>(T item) => "base visits " + typeof(T).Name;
}

class LoudVisitor : Visitor
{
    public override string Visit<T>(T item) => "LOUD " + base.Visit(item) + " value=" + item;
}

class Program
{
    static List<T> ListOf<T>(params T[] xs) => new(xs);
    static (T, T) Twice<T>(T x) => (x, x);
    static TResult Apply<T, TResult>(T x, Func<T, TResult> f) => f(x);
    static IEnumerable<(int, T)> Indexed<T>(IEnumerable<T> xs) { int i = 0; foreach (var x in xs) yield return (i++, x); }

    static void Main()
    {
        Console.WriteLine(Printer.Show(1));
        Console.WriteLine(Printer.Show("s"));
        Console.WriteLine(Printer.Show(2.5));
        Console.WriteLine(Printer.Show((object)3));
        Console.WriteLine(Printer.Show<int>(4));
        Console.WriteLine(Printer.Show('c'));
        Console.WriteLine(Printer.Show(5L));
        var l = ListOf(1, 2, 3);
        Console.WriteLine(l.GetType().Name + " " + l.Count + " " + ListOf("a", "b").GetType().GenericTypeArguments[0].Name);
        Console.WriteLine(Twice("hey") + " " + Twice(1.5));
        Console.WriteLine(Apply(21, x => x * 2) + " " + Apply("abc", s => s.Length) + " " + Apply(3, x => x / 2.0));
        foreach (var (i, s) in Indexed(new[] { "x", "y", "z" })) Console.Write($"{i}={s} ");
        Console.WriteLine();
        Visitor v = new LoudVisitor();
        Console.WriteLine(v.Visit(42));
        Console.WriteLine(v.Visit("str"));
        Console.WriteLine(new Visitor().Visit(1.5));
    }
}
