package io.quizhall.shared;

/** Something does not exist, or exists but belongs to someone else: both look the same from outside. */
public class NotFoundException extends ApiException {

    public NotFoundException(String detail) {
        super(ProblemType.NOT_FOUND, detail);
    }

    public static NotFoundException forId(String what, Object id) {
        return new NotFoundException("No " + what + " with id " + id);
    }
}
