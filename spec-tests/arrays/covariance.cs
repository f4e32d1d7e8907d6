// Array covariance for reference types, and ArrayTypeMismatchException on a bad store.
using System;

class Animal { public override string ToString() => GetType().Name; }
class Dog : Animal { }
class Cat : Animal { }

class Program
{
    static void Main()
    {
        Dog[] dogs = { new Dog(), new Dog() };
        Animal[] animals = dogs;
        Console.WriteLine(animals.GetType().Name + " " + animals.Length);
        animals[0] = new Dog();
        Console.WriteLine("stored a Dog fine");
        try
        {
            animals[1] = new Cat();
            Console.WriteLine("stored a Cat?!");
        }
        catch (ArrayTypeMismatchException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        object[] objs = new string[] { "a", "b" };
        try { objs[0] = 1; }
        catch (ArrayTypeMismatchException) { Console.WriteLine("int into string[] rejected"); }
        objs[1] = "ok";
        objs[0] = null!;
        Console.WriteLine(objs[0] == null ? "null store allowed" : "?");
        Console.WriteLine((animals is Dog[]) + " " + (animals is object[]) + " " + (new int[0] is object[]) + " " + ((object)new int[0] is Array));
        object o = new uint[] { 1, 2 };
        Console.WriteLine((o is int[]) + " " + (o is uint[]));
        try
        {
            Array.Copy(new object[] { "s", 1 }, new string[2], 2);
        }
        catch (InvalidCastException e) { Console.WriteLine("Array.Copy: " + e.GetType().Name); }
        System.Collections.Generic.IEnumerable<Animal> seq = dogs;
        foreach (var a in seq) Console.Write(a + " ");
        Console.WriteLine();
        Animal[] exact = new Animal[] { new Cat() };
        exact[0] = new Dog();
        Console.WriteLine(exact[0]);
    }
}
