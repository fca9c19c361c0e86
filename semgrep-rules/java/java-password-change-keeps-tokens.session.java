package app.web;

import javax.servlet.http.HttpSession;

public class AccountController {
    // a session app: changing the password is the session rules' business
    public void changePassword(HttpSession session, String next) {
        User user = (User) session.getAttribute("user");
        // ok: java-password-change-keeps-tokens
        user.setPassword(encoder.encode(next));
        users.save(user);
    }
}
