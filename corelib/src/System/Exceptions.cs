using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>Base of all exceptions. The runtime fills _stackTrace (managed frames) when thrown.</summary>
    public class Exception
    {
        internal string _message;
        private Exception _innerException;
        internal string _stackTrace;
        private int _HResult;
        internal string _remoteStackTrace;
        private System.Collections.IDictionary _data;
        public virtual System.Collections.IDictionary Data => _data ??= new System.Collections.Hashtable();
        public virtual string Source { get; set; }
        public virtual string HelpLink { get; set; }
        public System.Reflection.MethodBase TargetSite => null;
        protected Exception(object info, object context) { }

        public Exception() { }
        public Exception(string message) { _message = message; }
        public Exception(string message, Exception innerException) { _message = message; _innerException = innerException; }

        public virtual string Message => _message ?? "Exception of type '" + GetType().FullName + "' was thrown.";
        public Exception InnerException => _innerException;
        public virtual string StackTrace => _remoteStackTrace != null ? _remoteStackTrace + _stackTrace : _stackTrace;
        public int HResult { get => _HResult; set => _HResult = value; }
        public virtual Exception GetBaseException()
        {
            Exception e = this;
            while (e._innerException != null) e = e._innerException;
            return e;
        }
        public override string ToString()
        {
            string s = GetType().FullName;
            string m = Message;
            if (!string.IsNullOrEmpty(m)) s = s + ": " + m;
            if (_innerException != null) s = s + "\n ---> " + _innerException.ToString() + "\n   --- End of inner exception stack trace ---";
            string st = StackTrace;
            if (st != null) s = s + "\n" + st;
            return s;
        }
    }

    public class SystemException : Exception
    {
        public SystemException() : base("System error.") { }
        public SystemException(string message) : base(message) { }
        public SystemException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class ApplicationException : Exception
    {
        public ApplicationException() : base("Error in the application.") { }
        public ApplicationException(string message) : base(message) { }
        public ApplicationException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class ArgumentException : SystemException
    {
        private readonly string _paramName;
        public ArgumentException() : base("Value does not fall within the expected range.") { }
        public ArgumentException(string message) : base(message) { }
        public ArgumentException(string message, Exception innerException) : base(message, innerException) { }
        public ArgumentException(string message, string paramName) : base(message) { _paramName = paramName; }
        public ArgumentException(string message, string paramName, Exception innerException) : base(message, innerException) { _paramName = paramName; }
        public virtual string ParamName => _paramName;
        public static void ThrowIfNullOrEmpty(string argument, [System.Runtime.CompilerServices.CallerArgumentExpression("argument")] string paramName = null)
        {
            if (argument == null) throw new ArgumentNullException(paramName);
            if (argument.Length == 0) throw new ArgumentException("The value cannot be an empty string.", paramName);
        }
        public static void ThrowIfNullOrWhiteSpace(string argument, [System.Runtime.CompilerServices.CallerArgumentExpression("argument")] string paramName = null)
        {
            if (argument == null) throw new ArgumentNullException(paramName);
            if (string.IsNullOrWhiteSpace(argument)) throw new ArgumentException("The value cannot be an empty string or composed entirely of whitespace.", paramName);
        }
        public override string Message
        {
            get
            {
                string m = base.Message;
                return string.IsNullOrEmpty(_paramName) ? m : m + " (Parameter '" + _paramName + "')";
            }
        }
    }
    public class ArgumentNullException : ArgumentException
    {
        public ArgumentNullException() : base("Value cannot be null.") { }
        public ArgumentNullException(string paramName) : base("Value cannot be null.", paramName) { }
        public ArgumentNullException(string paramName, string message) : base(message, paramName) { }
        public ArgumentNullException(string message, Exception innerException) : base(message, innerException) { }
        public static void ThrowIfNull(object argument, [System.Runtime.CompilerServices.CallerArgumentExpression("argument")] string paramName = null) { if (argument == null) throw new ArgumentNullException(paramName); }
        public static unsafe void ThrowIfNull(void* argument, [System.Runtime.CompilerServices.CallerArgumentExpression("argument")] string paramName = null) { if (argument == null) throw new ArgumentNullException(paramName); }
    }
    public class ArgumentOutOfRangeException : ArgumentException
    {
        public ArgumentOutOfRangeException() : base("Specified argument was out of the range of valid values.") { }
        public ArgumentOutOfRangeException(string paramName) : base("Specified argument was out of the range of valid values.", paramName) { }
        public ArgumentOutOfRangeException(string paramName, string message) : base(message, paramName) { }
        public ArgumentOutOfRangeException(string message, Exception innerException) : base(message, innerException) { }
        private readonly object _actualValue;
        public ArgumentOutOfRangeException(string paramName, object actualValue, string message) : base(message, paramName) { _actualValue = actualValue; }
        public virtual object ActualValue => _actualValue;
        public override string Message => _actualValue == null ? base.Message : base.Message + "\nActual value was " + _actualValue.ToString() + ".";
        private static void ThrowValue<T>(string paramName, T value, string rule) =>
            throw new ArgumentOutOfRangeException(paramName, value, paramName + " ('" + value?.ToString() + "') " + rule);
        public static void ThrowIfNegative<T>(T value, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : System.Numerics.INumberBase<T>
        { if (T.IsNegative(value)) ThrowValue(paramName, value, "must be a non-negative value."); }
        public static void ThrowIfNegativeOrZero<T>(T value, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : System.Numerics.INumberBase<T>
        { if (T.IsNegative(value) || T.IsZero(value)) ThrowValue(paramName, value, "must be a non-negative and non-zero value."); }
        public static void ThrowIfZero<T>(T value, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : System.Numerics.INumberBase<T>
        { if (T.IsZero(value)) ThrowValue(paramName, value, "must be a non-zero value."); }
        public static void ThrowIfGreaterThan<T>(T value, T other, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        { if (value.CompareTo(other) > 0) ThrowValue(paramName, value, "must be less than or equal to '" + other?.ToString() + "'."); }
        public static void ThrowIfGreaterThanOrEqual<T>(T value, T other, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        { if (value.CompareTo(other) >= 0) ThrowValue(paramName, value, "must be less than '" + other?.ToString() + "'."); }
        public static void ThrowIfLessThan<T>(T value, T other, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        { if (value.CompareTo(other) < 0) ThrowValue(paramName, value, "must be greater than or equal to '" + other?.ToString() + "'."); }
        public static void ThrowIfLessThanOrEqual<T>(T value, T other, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        { if (value.CompareTo(other) <= 0) ThrowValue(paramName, value, "must be greater than '" + other?.ToString() + "'."); }
        public static void ThrowIfEqual<T>(T value, T other, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null)
        { if (System.Collections.Generic.EqualityComparer<T>.Default.Equals(value, other)) ThrowValue(paramName, value, "must not be equal to '" + other?.ToString() + "'."); }
        public static void ThrowIfNotEqual<T>(T value, T other, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null)
        { if (!System.Collections.Generic.EqualityComparer<T>.Default.Equals(value, other)) ThrowValue(paramName, value, "must be equal to '" + other?.ToString() + "'."); }
    }
    public class ArithmeticException : SystemException
    {
        public ArithmeticException() : base("Overflow or underflow in the arithmetic operation.") { }
        public ArithmeticException(string message) : base(message) { }
        public ArithmeticException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class DivideByZeroException : ArithmeticException
    {
        public DivideByZeroException() : base("Attempted to divide by zero.") { }
        public DivideByZeroException(string message) : base(message) { }
        public DivideByZeroException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class OverflowException : ArithmeticException
    {
        public OverflowException() : base("Arithmetic operation resulted in an overflow.") { }
        public OverflowException(string message) : base(message) { }
        public OverflowException(string message, Exception innerException) : base(message, innerException) { }
    }
    public sealed class NotFiniteNumberException : ArithmeticException
    {
        public NotFiniteNumberException() : base("Number encountered was not a finite quantity.") { }
        public NotFiniteNumberException(string message) : base(message) { }
    }
    public class FormatException : SystemException
    {
        public FormatException() : base("One of the identified items was in an invalid format.") { }
        public FormatException(string message) : base(message) { }
        public FormatException(string message, Exception innerException) : base(message, innerException) { }
    }
    public sealed class IndexOutOfRangeException : SystemException
    {
        public IndexOutOfRangeException() : base("Index was outside the bounds of the array.") { }
        public IndexOutOfRangeException(string message) : base(message) { }
        public IndexOutOfRangeException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class InvalidCastException : SystemException
    {
        public InvalidCastException() : base("Specified cast is not valid.") { }
        public InvalidCastException(string message) : base(message) { }
        public InvalidCastException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class InvalidOperationException : SystemException
    {
        public InvalidOperationException() : base("Operation is not valid due to the current state of the object.") { }
        public InvalidOperationException(string message) : base(message) { }
        public InvalidOperationException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class ObjectDisposedException : InvalidOperationException
    {
        private readonly string _objectName;
        public ObjectDisposedException(string objectName) : this(objectName, "Cannot access a disposed object.") { }
        public ObjectDisposedException(string objectName, string message) : base(message) { _objectName = objectName; }
        public string ObjectName => _objectName ?? "";
        public override string Message => string.IsNullOrEmpty(_objectName) ? base.Message : base.Message + "\nObject name: '" + _objectName + "'.";
        public static void ThrowIf(bool condition, object instance) { if (condition) throw new ObjectDisposedException(instance?.GetType().FullName); }
    }
    public class UnauthorizedAccessException : SystemException
    {
        public UnauthorizedAccessException() : base("Attempted to perform an unauthorized operation.") { }
        public UnauthorizedAccessException(string message) : base(message) { }
        public UnauthorizedAccessException(string message, Exception inner) : base(message, inner) { }
    }
    public class NotSupportedException : SystemException
    {
        public NotSupportedException() : base("Specified method is not supported.") { }
        public NotSupportedException(string message) : base(message) { }
        public NotSupportedException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class PlatformNotSupportedException : NotSupportedException
    {
        public PlatformNotSupportedException() : base("Operation is not supported on this platform.") { }
        public PlatformNotSupportedException(string message) : base(message) { }
    }
    public class NotImplementedException : SystemException
    {
        public NotImplementedException() : base("The method or operation is not implemented.") { }
        public NotImplementedException(string message) : base(message) { }
        public NotImplementedException(string message, Exception inner) : base(message, inner) { }
    }
    public class NullReferenceException : SystemException
    {
        public NullReferenceException() : base("Object reference not set to an instance of an object.") { }
        public NullReferenceException(string message) : base(message) { }
        public NullReferenceException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class ArrayTypeMismatchException : SystemException
    {
        public ArrayTypeMismatchException() : base("Attempted to access an element as a type incompatible with the array.") { }
        public ArrayTypeMismatchException(string message) : base(message) { }
    }
    public sealed class OutOfMemoryException : SystemException
    {
        public OutOfMemoryException() : base("Insufficient memory to continue the execution of the program.") { }
        public OutOfMemoryException(string message) : base(message) { }
    }
    public sealed class StackOverflowException : SystemException
    {
        public StackOverflowException() : base("Operation caused a stack overflow.") { }
        public StackOverflowException(string message) : base(message) { }
    }
    public class RankException : SystemException
    {
        public RankException() : base("Attempted to operate on an array with the incorrect number of dimensions.") { }
        public RankException(string message) : base(message) { }
    }
    public sealed class TypeInitializationException : SystemException
    {
        private readonly string _typeName;
        public TypeInitializationException(string fullTypeName, Exception innerException)
            : base("The type initializer for '" + fullTypeName + "' threw an exception.", innerException) { _typeName = fullTypeName; }
        public string TypeName => _typeName ?? "";
    }
    public class TypeLoadException : SystemException
    {
        public TypeLoadException() : base("Failure has occurred while loading a type.") { }
        public TypeLoadException(string message) : base(message) { }
    }
    public class MemberAccessException : SystemException
    {
        public MemberAccessException() : base("Cannot access member.") { }
        public MemberAccessException(string message) : base(message) { }
    }
    public class MissingMemberException : MemberAccessException
    {
        public MissingMemberException() : base("Attempted to access a missing member.") { }
        public MissingMemberException(string message) : base(message) { }
    }
    public class MissingMethodException : MissingMemberException
    {
        public MissingMethodException() : base("Attempted to access a missing method.") { }
        public MissingMethodException(string message) : base(message) { }
    }
    public class MissingFieldException : MissingMemberException
    {
        public MissingFieldException() : base("Attempted to access a non-existing field.") { }
        public MissingFieldException(string message) : base(message) { }
    }
    public class BadImageFormatException : SystemException
    {
        public BadImageFormatException() : base("Format of the executable (.exe) or library (.dll) is invalid.") { }
        public BadImageFormatException(string message) : base(message) { }
    }
    public class TimeoutException : SystemException
    {
        public TimeoutException() : base("The operation has timed out.") { }
        public TimeoutException(string message) : base(message) { }
    }
}

namespace System.Collections.Generic
{
    public class KeyNotFoundException : SystemException
    {
        public KeyNotFoundException() : base("The given key was not present in the dictionary.") { }
        public KeyNotFoundException(string message) : base(message) { }
    }
}

namespace System.IO
{
    public class IOException : SystemException
    {
        public IOException() : base("I/O error occurred.") { }
        public IOException(string message) : base(message) { }
        public IOException(string message, Exception innerException) : base(message, innerException) { }
    }
    public class FileNotFoundException : IOException
    {
        public FileNotFoundException() : base("Unable to find the specified file.") { }
        public FileNotFoundException(string message) : base(message) { }
        public FileNotFoundException(string message, string fileName) : base(message) { FileName = fileName; }
        public string FileName { get; }
    }
    public class DirectoryNotFoundException : IOException
    {
        public DirectoryNotFoundException() : base("Attempted to access a path that is not on the disk.") { }
        public DirectoryNotFoundException(string message) : base(message) { }
    }
    public class EndOfStreamException : IOException
    {
        public EndOfStreamException() : base("Attempted to read past the end of the stream.") { }
        public EndOfStreamException(string message) : base(message) { }
    }
}
