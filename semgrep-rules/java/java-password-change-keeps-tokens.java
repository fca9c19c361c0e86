package app.users;

import org.springframework.security.crypto.password.PasswordEncoder;

public class UserService {
    private final UserRepository users;
    private final PasswordEncoder encoder;

    UserService(UserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    public void changePassword(Long id, String current, String next) {
        User user = users.findById(id).orElseThrow();
        if (!encoder.matches(current, user.getPassword())) {
            throw new IllegalArgumentException("wrong password");
        }
        // ruleid: java-password-change-keeps-tokens
        user.setPassword(encoder.encode(next));
        users.save(user);
    }

    public void resetPassword(String email, String next) {
        // ruleid: java-password-change-keeps-tokens
        users.updatePasswordByEmail(email, encoder.encode(next));
    }

    public void updatePassword(Long id, String next) {
        User user = users.findById(id).orElseThrow();
        // ok: java-password-change-keeps-tokens
        user.setPassword(encoder.encode(next));
        user.setTokenVersion(user.getTokenVersion() + 1);
        users.save(user);
    }

    public void resetPasswordAndRevoke(Long id, String next) {
        User user = users.findById(id).orElseThrow();
        // ok: java-password-change-keeps-tokens
        user.setPassword(encoder.encode(next));
        refreshTokens.deleteAllByUser(user);
    }

    public User register(String name, String password) {
        User user = new User(name);
        // ok: java-password-change-keeps-tokens
        user.setPassword(encoder.encode(password));
        return users.save(user);
    }

    // a profile update that can replace the password: the tokens issued before stay valid
    public void updateUser(UpdateUserCommand command) {
        User user = command.getTargetUser();
        UpdateUserParam param = command.getParam();
        // ruleid: java-password-change-keeps-tokens
        user.update(param.getEmail(), param.getUsername(), param.getPassword(), param.getBio());
        users.save(user);
    }

    public void updateProfile(User user, UpdateUserParam param) {
        // ok: java-password-change-keeps-tokens
        user.update(param.getEmail(), param.getUsername(), param.getBio());
        users.save(user);
    }
}
