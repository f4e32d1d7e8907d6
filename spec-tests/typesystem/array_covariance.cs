// Array covariance: reference arrays convert to arrays of base types and interfaces, stores of
// the wrong type throw ArrayTypeMismatchException (also via Array.SetValue/Array.Copy), value
// type arrays are not covariant except int[]/uint[] and enums through object, is/as checks.
using System;
using System.Collections.Generic;

class Animal { }
class Dog : Animal { }
class Cat : Animal { }
enum E : int { A, B }

static class Program
{
    static void Main()
    {
        Dog[] dogs = { new Dog(), new Dog() };
        Animal[] animals = dogs;
        object[] objs = dogs;
        animals[0] = new Dog();
        animals[1] = null!;
        Console.WriteLine($"stored dog and null: {dogs[0] != null} {dogs[1] == null}");
        try { animals[0] = new Cat(); Console.WriteLine("no exception"); }
        catch (ArrayTypeMismatchException e) { Console.WriteLine("ArrayTypeMismatchException: " + e.GetType().Name); }
        try { objs[1] = "str"; Console.WriteLine("no exception"); }
        catch (ArrayTypeMismatchException) { Console.WriteLine("ArrayTypeMismatchException storing string in Dog[]"); }
        Console.WriteLine($"dogs[0] still a Dog: {dogs[0].GetType().Name}");

        string[] strs = { "a", "b" };
        object o = strs;
        Console.WriteLine($"is object[]={o is object[]} IComparable[]={o is IComparable[]} IEnumerable<object>={o is IEnumerable<object>} Dog[]={o is Dog[]}");
        IEnumerable<object> seq = strs;
        foreach (var s in seq) Console.Write(s);
        Console.WriteLine();

        int[] ints = { 1, -1 };
        object oi = ints;
        Console.WriteLine($"int[] is object[]={oi is object[]} uint[]={oi is uint[]} E[]={oi is E[]} long[]={oi is long[]}");
        uint[] asUint = (uint[])oi;
        Console.WriteLine($"int[] as uint[]: {asUint[1]}");
        E[] es = (E[])oi;
        Console.WriteLine($"int[] as E[]: {es[0]} {es[1]}");

        Array arr = animals;
        try { arr.SetValue(new Cat(), 0); Console.WriteLine("no exception"); }
        catch (Exception e) { Console.WriteLine("SetValue: " + e.GetType().Name); }
        var cats = new Cat[] { new Cat() };
        try { Array.Copy(cats, animals, 1); Console.WriteLine("no exception"); }
        catch (Exception e) { Console.WriteLine("Array.Copy: " + e.GetType().Name); }
        Animal[] plain = new Animal[2];
        Array.Copy(dogs, plain, 2);
        plain[1] = new Cat();
        Console.WriteLine($"plain Animal[] accepts a Cat: {plain[1].GetType().Name}");

        object[][] jag = new string[1][];
        try { jag[0] = new object[1]; Console.WriteLine("no exception"); }
        catch (ArrayTypeMismatchException) { Console.WriteLine("ArrayTypeMismatchException for jagged"); }
        IList<Animal> list = dogs;
        try { list[0] = new Cat(); Console.WriteLine("no exception"); }
        catch (ArrayTypeMismatchException) { Console.WriteLine("ArrayTypeMismatchException via IList<Animal>"); }
    }
}
