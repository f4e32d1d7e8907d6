// Type names of open and closed generics, nested generics and arrays of them (ToString, Name,
// FullName; FullName only for the open ones: a closed one's names the corelib's version), and the
// type name Exception.ToString and its default Message print.
using System;
using System.Collections.Generic;

class Outer<T> { public class Inner { } public class Deep<U> { } }
class Plain { public class Nested<V> { } }
class Oops<T> : Exception { }
static class Bad<T> { public class In { public static int X = int.Parse("z"); } }

class Program
{
    static void Show(Type t) => Console.WriteLine(t.ToString() + " | " + t.Name + (t.IsGenericTypeDefinition ? " | " + t.FullName : ""));
    static void Main()
    {
        Show(typeof(List<>));
        Show(typeof(Outer<>));
        Show(typeof(Outer<>.Inner));
        Show(typeof(Outer<>.Deep<>));
        Show(typeof(Plain.Nested<>));
        Show(typeof(Outer<int>.Inner));
        Show(typeof(Outer<string>.Deep<int>));
        Show(typeof(Plain.Nested<long>));
        Show(typeof(List<int>[]));
        Show(typeof(Dictionary<string, List<int>>));
        Console.WriteLine(new Oops<int>().Message);
        Console.WriteLine(new Oops<Plain.Nested<int>>().ToString());
        try { Console.WriteLine(Bad<int>.In.X); }
        catch (TypeInitializationException e) { Console.WriteLine(e.TypeName + " | " + e.Message); }
    }
}
